using EnergyCoSim.Core.Units;

namespace EnergyCoSim.Market.Orders;

/// <summary>A cleared trade. The DSO appears as buyer or seller in DSO trades (id <see cref="MarketParticipants.DsoId"/> by default).</summary>
/// <param name="BuyerId">Receiving party.</param>
/// <param name="SellerId">Delivering party.</param>
/// <param name="Price">Clearing price of this trade.</param>
/// <param name="Quantity">Energy the seller delivers; the buyer receives <c>Quantity − TransmissionLoss</c>.</param>
/// <param name="Timestamp">The later of the two orders' timestamps (DSO trades: the order's timestamp).</param>
/// <param name="Stage">The matching stage that produced the trade.</param>
/// <param name="DistanceKm">Network distance between buyer and seller (0 for DSO trades).</param>
/// <param name="TransmissionLoss">Energy lost in transport (0 for DSO trades).</param>
/// <param name="Fees">Network fees of the trade (may be negative: a same-zone bonus), settled per the fee split.</param>
public sealed record Trade(
    string BuyerId,
    string SellerId,
    PriceUsdPerMWh Price,
    EnergyKWh Quantity,
    double Timestamp,
    TradeStage Stage,
    double DistanceKm = 0,
    EnergyKWh TransmissionLoss = default,
    MoneyUsd Fees = default)
{
    /// <summary>Money paid by the buyer to the seller: price · quantity / 1000.</summary>
    public MoneyUsd Value => Price.ValueOf(Quantity);

    /// <summary>True when the DSO is one of the two parties.</summary>
    public bool IsDsoTrade => Stage is TradeStage.DsoPreference or TradeStage.DsoFallback;
}
