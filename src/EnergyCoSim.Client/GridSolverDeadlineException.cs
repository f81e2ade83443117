using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Client;

/// <summary>An external grid solver did not answer within its deadline; the step that needed it is rejected.</summary>
public sealed class GridSolverDeadlineException : EnergyCoSimException
{
    /// <summary>Creates the error for <paramref name="address"/> at <paramref name="step"/> after <paramref name="deadline"/>.</summary>
    public GridSolverDeadlineException(string address, int step, TimeSpan deadline, Exception? innerException = null)
        : base($"grid solver {address} missed its deadline of {deadline.TotalMilliseconds:0} ms at step {step}; the step was rejected and the session left before it", innerException)
    {
        Address = address;
        Step = step;
    }

    /// <summary>Address of the solver.</summary>
    public string Address { get; }

    /// <summary>Step that was rejected.</summary>
    public int Step { get; }

    /// <inheritdoc />
    public override ErrorCode Code => ErrorCode.DeadlineExceeded;
}
