namespace EnergyCoSim.Market.Orders;

/// <summary>Well-known participant ids.</summary>
public static class MarketParticipants
{
    /// <summary>Default id of the distribution system operator.</summary>
    public const string DsoId = "DSO";
}
