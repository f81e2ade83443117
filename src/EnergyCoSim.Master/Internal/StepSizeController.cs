using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Master.Internal;

/// <summary>
/// PI step-size control on the coupling error of controlled outputs (see <see cref="VariableStepOptions"/>).
/// Its whole state is the next step size and the previous error, both saved in checkpoints.
/// </summary>
internal sealed class StepSizeController
{
    private readonly VariableStepOptions _o;
    private readonly TimeResolution _resolution;

    public StepSizeController(VariableStepOptions options, TimeResolution resolution)
    {
        _o = options;
        _resolution = resolution;
        NextStep = options.InitialStep;
        PreviousError = 1.0;
    }

    public SimulationDuration NextStep { get; set; }

    public double PreviousError { get; set; }

    public SimulationDuration MinStep => _o.MinStep;

    /// <summary>The error of a step of size <paramref name="h"/> from the start-of-step and current banks (≤ 1 is acceptable).</summary>
    public double Error(double[] buffer, int slotCount, int[] slots, SimulationDuration h)
    {
        var error = 0.0;
        var hours = h.ToHours(_resolution);
        foreach (var slot in slots)
        {
            var now = buffer[slot];
            var before = buffer[slotCount + slot];
            var change = Math.Abs(now - before);
            var e = _o.ErrorKind == StepErrorKind.EnergyResidual
                ? 0.5 * change * hours / _o.EnergyTolerance
                : change / (_o.AbsoluteTolerance + (_o.RelativeTolerance * Math.Max(Math.Abs(now), Math.Abs(before))));
            error = Math.Max(error, double.IsNaN(e) ? double.PositiveInfinity : e);
        }

        return error;
    }

    /// <summary>
    /// Step size for a retry after a rejection with error <paramref name="error"/>. The extrapolation error grows like h
    /// and the energy residual like h², so h·e^(−1/order) is the largest acceptable step; the safety factor keeps it inside.
    /// </summary>
    public SimulationDuration AfterReject(SimulationDuration h, double error)
    {
        var order = _o.ErrorKind == StepErrorKind.EnergyResidual ? 2.0 : 1.0;
        var factor = Math.Max(_o.MinShrink, Math.Min(1.0, _o.Safety * Math.Pow(error, -1.0 / order)));
        return Clamp((long)Math.Floor(h.Ticks * factor));
    }

    /// <summary>Records an accepted step and sets <see cref="NextStep"/> by the PI law.</summary>
    public void Accept(SimulationDuration h, double error)
    {
        var e = Math.Max(error, 1e-10);
        var factor = error <= 0
            ? _o.MaxGrowth
            : _o.Safety * Math.Pow(e, -_o.IntegralGain) * Math.Pow(PreviousError / e, _o.ProportionalGain);
        factor = Math.Min(_o.MaxGrowth, Math.Max(_o.MinShrink, factor));
        NextStep = Clamp((long)Math.Round(h.Ticks * factor, MidpointRounding.ToEven));
        PreviousError = e;
    }

    private SimulationDuration Clamp(long ticks) => new(Math.Clamp(ticks, _o.MinStep.Ticks, _o.MaxStep.Ticks));
}
