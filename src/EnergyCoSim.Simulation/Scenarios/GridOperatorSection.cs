namespace EnergyCoSim.Simulation.Scenarios;

/// <summary>DSO grid-constraint control of a co-simulation: voltage band (pu), margin, dead band (pu) and loading limit (%).</summary>
public sealed class GridOperatorSection
{
    /// <summary>Lower voltage limit, pu.</summary>
    public double VMinPu { get; init; } = 0.95;

    /// <summary>Upper voltage limit, pu.</summary>
    public double VMaxPu { get; init; } = 1.05;

    /// <summary>Target distance inside the band when tightening, pu.</summary>
    public double MarginPu { get; init; } = 0.002;

    /// <summary>Dead band inside the limits before limits are relaxed, pu.</summary>
    public double RelaxBandPu { get; init; } = 0.01;

    /// <summary>Branch loading limit, %.</summary>
    public double LoadingLimitPct { get; init; } = 100;

    /// <summary>Grid fee step on the P2P trades of the agents the DSO cuts, USD/MWh (0 = no fee adjustment).</summary>
    public double FeeStepUsdPerMwh { get; init; }

    /// <summary>Cap of an agent's grid fee, USD/MWh.</summary>
    public double MaxFeeUsdPerMwh { get; init; }
}
