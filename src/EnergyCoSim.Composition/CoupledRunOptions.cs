using EnergyCoSim.Core.Errors;
using EnergyCoSim.Simulation.Coupling;

namespace EnergyCoSim.Composition;

/// <summary>Settings of a market–grid coupled run; validated at construction (every problem at once).</summary>
public sealed record CoupledRunOptions
{
    /// <summary>Creates and validates the options.</summary>
    public CoupledRunOptions(int maxCouplingIterations = 20, double limitToleranceKw = 0.01, GridOperatorOptions? gridOperator = null, int? steps = null)
    {
        var problems = new List<FieldViolation>();
        if (maxCouplingIterations is < 1 or > 1000)
        {
            problems.Add(new FieldViolation("algorithm.max_iterations", FieldViolation.Render(maxCouplingIterations), "must be in [1, 1000]"));
        }

        if (!(limitToleranceKw > 0) || !double.IsFinite(limitToleranceKw))
        {
            problems.Add(new FieldViolation("algorithm.tolerance_kw", FieldViolation.Render(limitToleranceKw), "must be a positive finite number"));
        }

        if (steps is < 1)
        {
            problems.Add(new FieldViolation("algorithm.steps", FieldViolation.Render(steps), "must be at least 1"));
        }

        if (problems.Count > 0)
        {
            throw new ValidationException(problems, "coupled run options");
        }

        (MaxCouplingIterations, LimitToleranceKw, GridOperator, Steps) = (maxCouplingIterations, limitToleranceKw, gridOperator ?? GridOperatorOptions.Default, steps);
    }

    /// <summary>Re-clearings allowed per market interval before the interval is reported unconverged.</summary>
    public int MaxCouplingIterations { get; }

    /// <summary>Change of a DSO limit (kW) below which the coupling counts as converged.</summary>
    public double LimitToleranceKw { get; }

    /// <summary>Voltage band, loading limit and dead band of the DSO's control.</summary>
    public GridOperatorOptions GridOperator { get; }

    /// <summary>Market intervals to run (null: the scenario's max_steps).</summary>
    public int? Steps { get; }

    /// <summary>Wall clock of real-time pacing and the watchdog (tests pass a manual clock). Default: the system clock.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
