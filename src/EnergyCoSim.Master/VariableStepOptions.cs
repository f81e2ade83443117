using EnergyCoSim.Core.Time;
using EnergyCoSim.Core.Validation;

namespace EnergyCoSim.Master;

/// <summary>
/// Variable step with error control on coupled values (power): a step whose error e exceeds 1 is rejected, every
/// component is rolled back and the step retried with h·max(MinShrink, Safety·e^(−1/q)) (q = 1 for the extrapolation
/// error, 2 for the energy residual); accepted steps grow by a PI law
/// h·Safety·e^(−IntegralGain)·(e_prev/e)^(ProportionalGain), bounded by MaxGrowth and [MinStep, MaxStep].
/// </summary>
public sealed record VariableStepOptions
{
    /// <summary>First step size (ticks &gt; 0).</summary>
    public required SimulationDuration InitialStep { get; init; }

    /// <summary>Smallest step; a step at this size is accepted even when its error exceeds 1 (and reported).</summary>
    public required SimulationDuration MinStep { get; init; }

    /// <summary>Largest step.</summary>
    public required SimulationDuration MaxStep { get; init; }

    /// <summary>Error measure.</summary>
    public StepErrorKind ErrorKind { get; init; } = StepErrorKind.Extrapolation;

    /// <summary>Absolute tolerance on a coupled value, in its unit (Extrapolation).</summary>
    public double AbsoluteTolerance { get; init; } = 1e-3;

    /// <summary>Relative tolerance on a coupled value (Extrapolation).</summary>
    public double RelativeTolerance { get; init; } = 1e-3;

    /// <summary>Energy tolerance per step, in value-unit × hours, e.g. kWh for kW bonds (EnergyResidual).</summary>
    public double EnergyTolerance { get; init; } = 1e-3;

    /// <summary>Safety factor in (0, 1].</summary>
    public double Safety { get; init; } = 0.9;

    /// <summary>Integral gain of the PI controller, in [0, 2].</summary>
    public double IntegralGain { get; init; } = 0.3;

    /// <summary>Proportional gain of the PI controller, in [0, 2].</summary>
    public double ProportionalGain { get; init; } = 0.4;

    /// <summary>Largest growth factor between accepted steps, in [1, 100].</summary>
    public double MaxGrowth { get; init; } = 2.0;

    /// <summary>Smallest shrink factor after a rejection, in (0, 1).</summary>
    public double MinShrink { get; init; } = 0.2;

    /// <summary>Outputs whose coupling error is controlled (power bonds); null = every Real output that feeds a connection.</summary>
    public IReadOnlyList<VariableAddress>? ControlledOutputs { get; init; }

    internal void Validate(ViolationCollector v)
    {
        v.Require(MinStep.IsPositive, "min_step", MinStep.Ticks, "must be > 0 ticks");
        v.Require(MaxStep >= MinStep, "max_step", MaxStep.Ticks, $"must be ≥ min_step ({MinStep.Ticks})");
        v.Require(InitialStep >= MinStep && InitialStep <= MaxStep, "initial_step", InitialStep.Ticks, $"is outside [{MinStep.Ticks}, {MaxStep.Ticks}]");
        v.Require(Enum.IsDefined(ErrorKind), "error_kind", ErrorKind, "must be Extrapolation or EnergyResidual");
        v.AtLeast("absolute_tolerance", AbsoluteTolerance, 0);
        v.AtLeast("relative_tolerance", RelativeTolerance, 0);
        v.Require(AbsoluteTolerance > 0 || RelativeTolerance > 0, "absolute_tolerance", AbsoluteTolerance, "and relative_tolerance must not both be 0");
        v.GreaterThan("energy_tolerance", EnergyTolerance, 0);
        if (v.Finite("safety", Safety))
        {
            v.Require(Safety > 0 && Safety <= 1, "safety", Safety, "is outside (0, 1]");
        }

        v.InRange("integral_gain", IntegralGain, 0, 2);
        v.InRange("proportional_gain", ProportionalGain, 0, 2);
        v.InRange("max_growth", MaxGrowth, 1, 100);
        if (v.Finite("min_shrink", MinShrink))
        {
            v.Require(MinShrink > 0 && MinShrink < 1, "min_shrink", MinShrink, "is outside (0, 1)");
        }
    }
}
