namespace EnergyCoSim.Simulation.Scenarios;

/// <summary>The distribution system operator: id, tariffs and intervention settings.</summary>
public sealed class DsoSection
{
    /// <summary>Participant id of the DSO in trades.</summary>
    public string Id { get; init; } = "DSO";

    /// <summary>Feed-in tariff profile (what the DSO pays for surplus), USD/MWh.</summary>
    public TariffSection FeedIn { get; init; } = new();

    /// <summary>Utility price profile (what the DSO charges for deficit), USD/MWh.</summary>
    public TariffSection Utility { get; init; } = new();

    /// <summary>Draw new random tariffs at every episode reset.</summary>
    public bool ResetEachEpisode { get; init; }

    /// <summary>DSO intervention settings (case 3); null keeps the defaults.</summary>
    public InterventionSection? Intervention { get; init; }
}
