using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Simulation.Coupling;

/// <summary>Settings of the DSO's grid-constraint control (<see cref="GridOperatorComponent"/>); validated at construction.</summary>
public sealed record GridOperatorOptions
{
    /// <summary>Creates and validates the options; every problem is listed at once.</summary>
    public GridOperatorOptions(double vMinPu = 0.95, double vMaxPu = 1.05, double marginPu = 0.002, double relaxBandPu = 0.01, double loadingLimitPct = 100, double feeStepUsdPerMWh = 0, double maxFeeUsdPerMWh = 0)
    {
        var problems = new List<FieldViolation>();
        Check(problems, nameof(vMinPu), vMinPu, 0.5 < vMinPu && vMinPu < 1.0, "in (0.5, 1.0)");
        Check(problems, nameof(vMaxPu), vMaxPu, 1.0 < vMaxPu && vMaxPu < 1.5, "in (1.0, 1.5)");
        Check(problems, nameof(marginPu), marginPu, marginPu is >= 0 and < 0.05, "in [0, 0.05)");
        Check(problems, nameof(relaxBandPu), relaxBandPu, relaxBandPu > marginPu && relaxBandPu < 0.1, "in (marginPu, 0.1)");
        Check(problems, nameof(loadingLimitPct), loadingLimitPct, loadingLimitPct is > 0 and <= 1000, "in (0, 1000]");
        Check(problems, nameof(feeStepUsdPerMWh), feeStepUsdPerMWh, feeStepUsdPerMWh is >= 0 and <= 1e4, "in [0, 10000] USD/MWh (0 = no fee adjustment)");
        Check(problems, nameof(maxFeeUsdPerMWh), maxFeeUsdPerMWh, maxFeeUsdPerMWh >= feeStepUsdPerMWh && maxFeeUsdPerMWh <= 1e5 && (feeStepUsdPerMWh == 0 || maxFeeUsdPerMWh > 0), $"in [fee step ({feeStepUsdPerMWh:G}), 100000] USD/MWh");
        if (problems.Count > 0)
        {
            throw new ValidationException(problems, "grid operator options");
        }

        (VMinPu, VMaxPu, MarginPu, RelaxBandPu, LoadingLimitPct) = (vMinPu, vMaxPu, marginPu, relaxBandPu, loadingLimitPct);
        (FeeStepUsdPerMWh, MaxFeeUsdPerMWh) = (feeStepUsdPerMWh, maxFeeUsdPerMWh);
    }

    /// <summary>Lower voltage band, pu.</summary>
    public double VMinPu { get; }

    /// <summary>Upper voltage band, pu.</summary>
    public double VMaxPu { get; }

    /// <summary>The DSO aims this far inside the band when it tightens limits, pu.</summary>
    public double MarginPu { get; }

    /// <summary>Limits are relaxed only when every voltage is this far inside the band (a dead band, so the coupling has a fixed point), pu.</summary>
    public double RelaxBandPu { get; }

    /// <summary>Branch loading limit, % of rating.</summary>
    public double LoadingLimitPct { get; }

    /// <summary>Grid fee added per tightening sweep on the agents the DSO cuts, and taken off per relaxing sweep, USD/MWh (0 = off).</summary>
    public double FeeStepUsdPerMWh { get; }

    /// <summary>Cap of an agent's grid fee, USD/MWh.</summary>
    public double MaxFeeUsdPerMWh { get; }

    /// <summary>True when the DSO adjusts grid fees as well as limits.</summary>
    public bool AdjustsFees => FeeStepUsdPerMWh > 0;

    /// <summary>The defaults: 0.95–1.05 pu, 100 % loading, no fee adjustment.</summary>
    public static GridOperatorOptions Default { get; } = new();

    private static void Check(List<FieldViolation> problems, string field, double value, bool ok, string range)
    {
        if (!ok || !double.IsFinite(value))
        {
            problems.Add(new FieldViolation($"grid_operator.{field}", FieldViolation.Render(value), $"must be {range}"));
        }
    }
}
