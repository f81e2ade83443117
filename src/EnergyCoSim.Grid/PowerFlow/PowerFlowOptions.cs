using EnergyCoSim.Core.Validation;

namespace EnergyCoSim.Grid.PowerFlow;

/// <summary>Solver settings, validated at construction.</summary>
public sealed record PowerFlowOptions
{
    /// <summary>Creates and validates the options.</summary>
    /// <param name="tolerance">Infinity norm of the P/Q mismatch to reach, p.u. on the system base (MATPOWER/pandapower: 1e-8).</param>
    /// <param name="maxIterations">Newton iterations (or sweeps for the sweep solver) before giving up.</param>
    /// <param name="initialPoint">Start voltages.</param>
    /// <param name="divergenceThreshold">Mismatch norm above which a solve is declared divergent, p.u.</param>
    /// <param name="enforceQLimits">Switch PV buses whose generators pass their reactive limits to PQ at the limit (off, as in MATPOWER/pandapower).</param>
    public PowerFlowOptions(double tolerance = 1e-8, int maxIterations = 20, InitialPoint initialPoint = InitialPoint.Auto, double divergenceThreshold = 1e6, bool enforceQLimits = false)
    {
        var v = new ViolationCollector();
        v.InRange("tolerance", tolerance, 1e-14, 1);
        v.InRange("maxIterations", maxIterations, 1, 100_000);
        v.Require(Enum.IsDefined(initialPoint), "initialPoint", initialPoint, "is not an initial point");
        v.GreaterThan("divergenceThreshold", divergenceThreshold, tolerance);
        v.ThrowIfAny("power-flow options");
        Tolerance = tolerance;
        MaxIterations = maxIterations;
        InitialPoint = initialPoint;
        DivergenceThreshold = divergenceThreshold;
        EnforceQLimits = enforceQLimits;
    }

    /// <summary>True when PV buses are switched to PQ at their generators' reactive limits.</summary>
    public bool EnforceQLimits { get; }

    /// <summary>Defaults: 1e-8 p.u., 20 iterations, automatic start.</summary>
    public static PowerFlowOptions Default { get; } = new();

    /// <summary>Mismatch tolerance (infinity norm), p.u.</summary>
    public double Tolerance { get; }

    /// <summary>Iteration cap.</summary>
    public int MaxIterations { get; }

    /// <summary>Start voltages.</summary>
    public InitialPoint InitialPoint { get; }

    /// <summary>Divergence threshold on the mismatch norm, p.u.</summary>
    public double DivergenceThreshold { get; }

    internal StopCriteria ToStopCriteria() => new(MaxIterations, Tolerance, DivergenceThreshold);
}
