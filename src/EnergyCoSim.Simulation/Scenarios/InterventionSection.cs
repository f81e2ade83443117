namespace EnergyCoSim.Simulation.Scenarios;

/// <summary>DSO intervention settings (new in EnergyCoSim; MARLEM's case 3 names them but never implements them).</summary>
public sealed class InterventionSection
{
    /// <summary>Path congestion (0–1) above which the DSO vetoes preference pairs and charges congestion fees.</summary>
    public double CongestionThreshold { get; init; } = 0.8;

    /// <summary>Multiplier on every network fee, ≥ 0.</summary>
    public double FeeMultiplier { get; init; } = 1.0;

    /// <summary>Relative widening of the FIT–UP spread under congestion, in [0, 1].</summary>
    public double PriceAdjustment { get; init; }

    /// <summary>Lower the congestion threshold as congestion persists.</summary>
    public bool AdaptiveThreshold { get; init; }
}
