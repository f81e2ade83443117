namespace EnergyCoSim.Mosaik.Protocol;

/// <summary>Serves the requests a connection receives; an exception becomes a failure reply naming its type and message.</summary>
public interface IMosaikRequestHandler
{
    /// <summary>Handles one request; <paramref name="peer"/> sends requests back while it runs.</summary>
    ValueTask<MosaikReply> HandleAsync(MosaikRequest request, IMosaikPeer peer, CancellationToken cancellationToken);
}
