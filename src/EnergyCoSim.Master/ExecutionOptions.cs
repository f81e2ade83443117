using EnergyCoSim.Core.Time;
using EnergyCoSim.Core.Validation;

namespace EnergyCoSim.Master;

/// <summary>How an execution runs: interval, base step, algorithm, rates, step control, pacing and watchdog.</summary>
public sealed record ExecutionOptions
{
    /// <summary>Start time.</summary>
    public SimulationTime StartTime { get; init; } = SimulationTime.Zero;

    /// <summary>Stop time (&gt; start); the last step is shortened to end exactly here.</summary>
    public required SimulationTime StopTime { get; init; }

    /// <summary>Base (macro) step for fixed-step runs (&gt; 0 ticks).</summary>
    public required SimulationDuration BaseStep { get; init; }

    /// <summary>Length of one tick.</summary>
    public TimeResolution Resolution { get; init; } = TimeResolution.Second;

    /// <summary>Jacobi or Gauss–Seidel.</summary>
    public MasterAlgorithm Algorithm { get; init; } = MasterAlgorithm.Jacobi;

    /// <summary>Gauss–Seidel order by component name; null = derived topologically over zero-delay connections.</summary>
    public IReadOnlyList<string>? GaussSeidelOrder { get; init; }

    /// <summary>Per-component step multiple of the base step (multi-rate); missing components step every base step.</summary>
    public IReadOnlyDictionary<string, int>? StepMultiples { get; init; }

    /// <summary>Variable step with error control; null = fixed step.</summary>
    public VariableStepOptions? VariableStep { get; init; }

    /// <summary>Real-time pacing; null = as fast as possible.</summary>
    public RealTimeOptions? RealTime { get; init; }

    /// <summary>Wall-clock budget of one macro step; when exceeded the step is cancelled and the waited-on components reported. Null = none.</summary>
    public TimeSpan? StepBudget { get; init; }

    /// <summary>Under Jacobi, run each synchronous component step on the thread pool (worth it only for heavy components).</summary>
    public bool OffloadJacobiSteps { get; init; }

    internal void Validate(ViolationCollector v)
    {
        v.Require(StopTime > StartTime, "stop_time", StopTime.Ticks, $"must be > start_time ({StartTime.Ticks})");
        v.Require(BaseStep.IsPositive, "base_step", BaseStep.Ticks, "must be > 0 ticks");
        v.Require(Enum.IsDefined(Algorithm), "algorithm", Algorithm, "must be Jacobi or GaussSeidel");
        v.Require(GaussSeidelOrder is null || Algorithm == MasterAlgorithm.GaussSeidel, "gauss_seidel_order", GaussSeidelOrder is null ? null : string.Join(", ", GaussSeidelOrder), "is only used by the GaussSeidel algorithm");
        if (StepMultiples is not null)
        {
            foreach (var (name, multiple) in StepMultiples)
            {
                v.InRange($"step_multiples[{name}]", multiple, 1, 1_000_000);
                v.Require(multiple == 1 || VariableStep is null, $"step_multiples[{name}]", multiple, "must be 1 with variable step (rates are per base step)");
            }
        }

        if (VariableStep is not null)
        {
            VariableStep.Validate(v.Scope("variable_step"));
        }

        RealTime?.Validate(v.Scope("real_time"));
        if (StepBudget is { } budget)
        {
            v.Require(budget > TimeSpan.Zero, "step_budget", budget, "must be > 0");
        }
    }
}
