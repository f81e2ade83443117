using EnergyCoSim.Core.Units;

namespace EnergyCoSim.Market.Settlement;

/// <summary>One participant's energy and cash movements in one interval.</summary>
/// <param name="Sold">Energy delivered as seller.</param>
/// <param name="Received">Energy received as buyer (traded quantity minus transmission loss).</param>
/// <param name="Cash">Net cash: trade values received minus paid, minus its share of network fees.</param>
/// <param name="FeesPaid">Its share of network fees (negative for a same-zone bonus).</param>
public readonly record struct ParticipantSettlement(EnergyKWh Sold, EnergyKWh Received, MoneyUsd Cash, MoneyUsd FeesPaid)
{
    /// <summary>Nothing moved.</summary>
    public static ParticipantSettlement Empty { get; } = new(default, default, default, default);
}
