using System.Text.Json;
using EnergyCoSim.Mosaik.Protocol;

namespace EnergyCoSim.Mosaik.Api;

/// <summary>Writes the <c>init</c> reply: API version, simulator type, models and extra methods.</summary>
internal sealed record MosaikMetaPayload(MosaikMeta Meta) : IMosaikPayload
{
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("api_version", MosaikMeta.ApiVersion);
        writer.WriteString("type", MosaikMeta.SimulatorType);
        writer.WriteStartObject("models");
        foreach (var (name, model) in Meta.Models)
        {
            writer.WriteStartObject(name);
            writer.WriteBoolean("public", model.Public);
            WriteList(writer, "params", model.Params);
            WriteList(writer, "attrs", model.Attrs);
            if (model.AnyInputs)
            {
                writer.WriteBoolean("any_inputs", true);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        WriteList(writer, "extra_methods", Meta.ExtraMethods);
        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, string name, IReadOnlyList<string> items)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}
