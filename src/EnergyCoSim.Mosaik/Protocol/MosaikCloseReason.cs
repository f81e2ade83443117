namespace EnergyCoSim.Mosaik.Protocol;

/// <summary>Why a mosaik session ended.</summary>
public enum MosaikCloseReason
{
    /// <summary>A handler asked to end the session (mosaik's <c>stop</c>).</summary>
    Stopped,

    /// <summary>The peer closed the connection between frames.</summary>
    PeerClosed,

    /// <summary>The peer broke the protocol; the connection was closed.</summary>
    ProtocolViolation,

    /// <summary>The connection failed (reset, I/O error).</summary>
    ConnectionLost,

    /// <summary>The local side cancelled.</summary>
    Cancelled,
}
