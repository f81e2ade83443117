using EnergyCoSim.Core.Validation;

namespace EnergyCoSim.Market.Dso;

/// <summary>
/// How strongly the DSO intervenes (new in EnergyCoSim; MARLEM's case 3 names these knobs but never implements them).
/// Defaults reproduce MARLEM's fixed constants.
/// </summary>
public sealed class DsoInterventionSettings
{
    /// <summary>Creates and validates the settings.</summary>
    /// <param name="congestionThreshold">Path loading (0–1) above which preference pairs are vetoed and the congestion fee applies (MARLEM 0.8).</param>
    /// <param name="feeMultiplier">Multiplier (≥ 0) of the congestion and thermal fees (case 3's penalty multiplier).</param>
    /// <param name="priceAdjustment">Share in [0, 1] by which the DSO widens its tariffs (UP·(1+a), FIT·(1−a)) in an interval whose starting mean congestion exceeds the threshold.</param>
    /// <param name="adaptiveThreshold">When true the threshold tightens with the network's mean loading c̄ at the start of the interval: θ·(1 − c̄/2).</param>
    public DsoInterventionSettings(double congestionThreshold = 0.8, double feeMultiplier = 1.0, double priceAdjustment = 0.0, bool adaptiveThreshold = false)
    {
        var check = new ViolationCollector();
        check.InRange("congestion_threshold", congestionThreshold, 0, 1);
        check.AtLeast("fee_multiplier", feeMultiplier, 0);
        check.InRange("price_adjustment", priceAdjustment, 0, 1);
        check.ThrowIfAny("DSO intervention settings");
        CongestionThreshold = congestionThreshold;
        FeeMultiplier = feeMultiplier;
        PriceAdjustment = priceAdjustment;
        AdaptiveThreshold = adaptiveThreshold;
    }

    /// <summary>MARLEM's behaviour: threshold 0.8, no multiplier, no price adjustment, fixed threshold.</summary>
    public static DsoInterventionSettings Default { get; } = new();

    /// <summary>Path loading above which preference pairs are vetoed and congestion fees apply.</summary>
    public double CongestionThreshold { get; }

    /// <summary>Multiplier of the congestion and thermal fees.</summary>
    public double FeeMultiplier { get; }

    /// <summary>Tariff widening applied in congested intervals.</summary>
    public double PriceAdjustment { get; }

    /// <summary>True when the threshold tightens with the mean loading.</summary>
    public bool AdaptiveThreshold { get; }
}
