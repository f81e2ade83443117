namespace EnergyCoSim.Core.Errors;

/// <summary>An operation was called in a lifecycle state that does not allow it (e.g. step before initialise).</summary>
public sealed class InvalidStateException : EnergyCoSimException
{
    /// <summary>Creates the exception naming the operation, the current state and the states that allow it.</summary>
    public InvalidStateException(string subject, string operation, string currentState, string allowedStates)
        : base($"{subject}: '{operation}' is not allowed in state {currentState} (allowed in: {allowedStates})")
    {
        Subject = subject;
        Operation = operation;
        CurrentState = currentState;
        AllowedStates = allowedStates;
    }

    /// <summary>The object whose state was wrong (a session id, a component name).</summary>
    public string Subject { get; }

    /// <summary>The operation that was refused.</summary>
    public string Operation { get; }

    /// <summary>The state the object was in.</summary>
    public string CurrentState { get; }

    /// <summary>The states in which the operation is allowed.</summary>
    public string AllowedStates { get; }

    /// <inheritdoc />
    public override ErrorCode Code => ErrorCode.InvalidState;
}
