namespace EnergyCoSim.Mosaik.Protocol;

/// <summary>How a session ended: the reason, a human-readable detail and how many requests were served.</summary>
public sealed record MosaikSessionResult(MosaikCloseReason Reason, string Detail, long RequestsServed)
{
    /// <summary>True for an orderly end (stop, or the peer closing between frames).</summary>
    public bool IsClean => Reason is MosaikCloseReason.Stopped or MosaikCloseReason.PeerClosed;
}
