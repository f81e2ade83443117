namespace EnergyCoSim.Agents.Tariffs;

/// <summary>The DSO's feed-in tariff (what it pays) and utility price (what it charges) per interval, $/MWh.</summary>
/// <param name="FeedIn">Feed-in tariff.</param>
/// <param name="Utility">Utility price.</param>
public sealed record DsoTariffs(PriceProfile FeedIn, PriceProfile Utility);
