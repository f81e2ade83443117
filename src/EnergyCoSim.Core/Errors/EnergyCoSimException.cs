namespace EnergyCoSim.Core.Errors;

/// <summary>Base of every error EnergyCoSim raises on purpose; <see cref="Code"/> says how callers should treat it.</summary>
public abstract class EnergyCoSimException : Exception
{
    /// <summary>Creates the exception with its message and optional cause.</summary>
    protected EnergyCoSimException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>The stable code of this error.</summary>
    public abstract ErrorCode Code { get; }
}
