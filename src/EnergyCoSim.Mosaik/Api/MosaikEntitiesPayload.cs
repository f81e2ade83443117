using System.Text.Json;
using EnergyCoSim.Mosaik.Protocol;

namespace EnergyCoSim.Mosaik.Api;

/// <summary>Writes the <c>create</c> reply: a list of <c>{eid, type, rel, children}</c> objects.</summary>
internal sealed record MosaikEntitiesPayload(IReadOnlyList<MosaikEntity> Entities) : IMosaikPayload
{
    public void WriteTo(Utf8JsonWriter writer) => WriteList(writer, Entities);

    private static void WriteList(Utf8JsonWriter writer, IReadOnlyList<MosaikEntity> entities)
    {
        writer.WriteStartArray();
        foreach (var e in entities)
        {
            writer.WriteStartObject();
            writer.WriteString("eid", e.Eid);
            writer.WriteString("type", e.Type);
            writer.WriteStartArray("rel");
            foreach (var r in e.Rel ?? [])
            {
                writer.WriteStringValue(r);
            }

            writer.WriteEndArray();
            if (e.Children is { Count: > 0 } children)
            {
                writer.WritePropertyName("children");
                WriteList(writer, children);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
