namespace EnergyCoSim.Master;

/// <summary>Which coupling error the variable-step controller keeps below tolerance.</summary>
public enum StepErrorKind
{
    /// <summary>
    /// Extrapolation error of the zero-order hold: inputs are held at their start-of-step value, so the coupling
    /// error over a step is the change of the coupled output, |y(t+h) − y(t)|, weighed by abs/rel tolerance.
    /// </summary>
    Extrapolation,

    /// <summary>
    /// ECCO-style energy residual: with a held input the energy exchanged over the step is off by ½·|ΔP|·h;
    /// its ratio to <see cref="VariableStepOptions.EnergyTolerance"/> (value-unit × hours) is the error.
    /// </summary>
    EnergyResidual,
}
