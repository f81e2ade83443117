namespace EnergyCoSim.Mosaik.Protocol;

/// <summary>The peer broke the wire protocol (bad frame, bad JSON, bad message shape); the connection is closed.</summary>
public sealed class MosaikProtocolException : Exception
{
    /// <summary>Creates the exception with the reason for closing.</summary>
    public MosaikProtocolException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
