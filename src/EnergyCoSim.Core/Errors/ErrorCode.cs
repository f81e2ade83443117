namespace EnergyCoSim.Core.Errors;

/// <summary>Stable error codes; each maps to one gRPC status code and one CLI exit code.</summary>
public enum ErrorCode
{
    /// <summary>Input violates a rule (field violations attached). gRPC InvalidArgument.</summary>
    Validation = 1,

    /// <summary>A call in the wrong lifecycle state (step before initialise, step after close). gRPC FailedPrecondition.</summary>
    InvalidState = 2,

    /// <summary>An unknown session, component, variable, scenario or file. gRPC NotFound.</summary>
    NotFound = 3,

    /// <summary>A model (FMU, power flow, remote solver) failed; carries the model's own messages. gRPC Aborted.</summary>
    Model = 4,

    /// <summary>The operation was cancelled by the caller. gRPC Cancelled.</summary>
    Cancelled = 5,

    /// <summary>A deadline passed before the operation completed. gRPC DeadlineExceeded.</summary>
    DeadlineExceeded = 6,

    /// <summary>The resource already exists or a limit of resources is reached. gRPC AlreadyExists / ResourceExhausted.</summary>
    Conflict = 7,
}
