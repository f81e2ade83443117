using System.Text.Json;

namespace EnergyCoSim.Mosaik.Protocol;

/// <summary>Requests to the other side of a connection (from a simulator: mosaik's <c>get_progress</c>, <c>get_related_entities</c>, ...).</summary>
public interface IMosaikPeer
{
    /// <summary>
    /// Sends <c>[0, id, [method, args, {}]]</c> with our own id counter and waits for the reply with that id, serving any
    /// request that arrives meanwhile. Call it from inside a request handler (mosaik answers only during a step).
    /// </summary>
    /// <param name="method">Method name.</param>
    /// <param name="writeArgs">Writes the positional arguments as JSON values (inside the args array), or null for none.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The success value, detached from the frame.</returns>
    /// <exception cref="MosaikRemoteException">The peer sent a failure reply.</exception>
    ValueTask<JsonElement> RequestAsync(string method, Action<Utf8JsonWriter>? writeArgs, CancellationToken cancellationToken);
}
