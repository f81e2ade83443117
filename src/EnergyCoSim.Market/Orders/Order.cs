using EnergyCoSim.Core.Units;

namespace EnergyCoSim.Market.Orders;

/// <summary>An order for one market interval: a limit price and an energy quantity on one side.</summary>
/// <param name="Id">Unique id within the interval.</param>
/// <param name="AgentId">The submitting agent.</param>
/// <param name="Price">Limit price (buy: highest acceptable; sell: lowest acceptable).</param>
/// <param name="Quantity">Energy for the interval (≥ 0).</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Timestamp">Submission time as a fraction of the episode (time of day plus optional jitter); earlier wins ties.</param>
/// <param name="NodeId">Grid node of the agent, or null when the agent has no location.</param>
/// <param name="PartnerId">Preferred counterparty: an agent id, the DSO id, or null for no preference.</param>
public sealed record Order(
    string Id,
    string AgentId,
    PriceUsdPerMWh Price,
    EnergyKWh Quantity,
    OrderSide Side,
    double Timestamp,
    string? NodeId = null,
    string? PartnerId = null)
{
    /// <summary>True for a buy order.</summary>
    public bool IsBuy => Side == OrderSide.Buy;
}
