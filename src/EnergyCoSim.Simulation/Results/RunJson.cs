using System.Text.Json;
using System.Text.Json.Serialization;

namespace EnergyCoSim.Simulation.Results;

/// <summary>JSON settings of the run directory: snake_case names, indented, NaN/∞ allowed (metrics may be undefined).</summary>
internal static class RunJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        PropertyNameCaseInsensitive = true,
    };

    public static void Write<T>(string path, T value) =>
        File.WriteAllText(path, JsonSerializer.Serialize(value, Options) + "\n");

    public static T Read<T>(string path)
    {
        if (!File.Exists(path))
        {
            throw new Core.Errors.NotFoundException("run file", path);
        }

        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options)
                ?? throw new Core.Errors.ValidationException(path, null, "empty JSON document");
        }
        catch (JsonException ex)
        {
            throw new Core.Errors.ValidationException(path, ex.Path, ex.Message);
        }
    }
}
