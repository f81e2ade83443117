using System.Text.Json;
using System.Text.Json.Nodes;

namespace EnergyCoSim.Mosaik.Protocol;

/// <summary>A success reply produced by a request handler (failures are exceptions, turned into failure replies).</summary>
/// <param name="Payload">The value to send, or null for JSON <c>null</c>.</param>
/// <param name="EndSession">True when the connection closes after this reply is sent (mosaik's <c>stop</c>).</param>
public sealed record MosaikReply(IMosaikPayload? Payload, bool EndSession = false)
{
    /// <summary>A <c>null</c> reply.</summary>
    public static MosaikReply Null { get; } = new((IMosaikPayload?)null);

    /// <summary>A <c>null</c> reply after which the session ends.</summary>
    public static MosaikReply NullAndEnd { get; } = new(null, EndSession: true);

    /// <summary>An integer reply (a next step time).</summary>
    public static MosaikReply FromInt64(long value) => new(new Int64Payload(value));

    /// <summary>A reply from a JSON node (null node = JSON <c>null</c>).</summary>
    public static MosaikReply FromNode(JsonNode? node) => new(node is null ? null : new NodePayload(node));

    private sealed record Int64Payload(long Value) : IMosaikPayload
    {
        public void WriteTo(Utf8JsonWriter writer) => writer.WriteNumberValue(Value);
    }

    private sealed record NodePayload(JsonNode Node) : IMosaikPayload
    {
        public void WriteTo(Utf8JsonWriter writer) => Node.WriteTo(writer);
    }
}
