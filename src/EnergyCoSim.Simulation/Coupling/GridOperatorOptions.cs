using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Simulation.Coupling;

/// <summary>Settings of the DSO's grid-constraint control (<see cref="GridOperatorComponent"/>); validated at construction.</summary>
public sealed record GridOperatorOptions
{
    /// <summary>Creates and validates the options; every problem is listed at once.</summary>
    public GridOperatorOptions(double vMinPu = 0.95, double vMaxPu = 1.05, double marginPu = 0.002, double relaxBandPu = 0.01, double loadingLimitPct = 100)
    {
        var problems = new List<FieldViolation>();
        Check(problems, nameof(vMinPu), vMinPu, 0.5 < vMinPu && vMinPu < 1.0, "in (0.5, 1.0)");
        Check(problems, nameof(vMaxPu), vMaxPu, 1.0 < vMaxPu && vMaxPu < 1.5, "in (1.0, 1.5)");
        Check(problems, nameof(marginPu), marginPu, marginPu is >= 0 and < 0.05, "in [0, 0.05)");
        Check(problems, nameof(relaxBandPu), relaxBandPu, relaxBandPu > marginPu && relaxBandPu < 0.1, "in (marginPu, 0.1)");
        Check(problems, nameof(loadingLimitPct), loadingLimitPct, loadingLimitPct is > 0 and <= 1000, "in (0, 1000]");
        if (problems.Count > 0)
        {
            throw new ValidationException(problems, "grid operator options");
        }

        (VMinPu, VMaxPu, MarginPu, RelaxBandPu, LoadingLimitPct) = (vMinPu, vMaxPu, marginPu, relaxBandPu, loadingLimitPct);
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

    /// <summary>The defaults: 0.95–1.05 pu, 100 % loading.</summary>
    public static GridOperatorOptions Default { get; } = new();

    private static void Check(List<FieldViolation> problems, string field, double value, bool ok, string range)
    {
        if (!ok || !double.IsFinite(value))
        {
            problems.Add(new FieldViolation($"grid_operator.{field}", FieldViolation.Render(value), $"must be {range}"));
        }
    }
}
