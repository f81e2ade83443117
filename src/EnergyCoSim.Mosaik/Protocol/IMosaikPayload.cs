using System.Text.Json;

namespace EnergyCoSim.Mosaik.Protocol;

/// <summary>A reply value that writes itself as one JSON value.</summary>
public interface IMosaikPayload
{
    /// <summary>Writes exactly one JSON value.</summary>
    void WriteTo(Utf8JsonWriter writer);
}
