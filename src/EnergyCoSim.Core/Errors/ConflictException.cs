namespace EnergyCoSim.Core.Errors;

/// <summary>A resource already exists or a configured limit of resources is reached.</summary>
public sealed class ConflictException : EnergyCoSimException
{
    /// <summary>Creates the exception with a message naming the resource and the limit.</summary>
    public ConflictException(string message)
        : base(message)
    {
    }

    /// <inheritdoc />
    public override ErrorCode Code => ErrorCode.Conflict;
}
