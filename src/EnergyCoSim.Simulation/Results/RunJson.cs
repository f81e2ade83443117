using System.Text.Json;
using System.Text.Json.Serialization;

namespace EnergyCoSim.Simulation.Results;

/// <summary>JSON settings of the run directory: snake_case names, indented, NaN/∞ allowed (metrics may be undefined).</summary>
internal static class RunJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = new UnitAwareSnakeCase(),
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        PropertyNameCaseInsensitive = true,
    };

    /// <summary>snake_case that keeps unit and name tokens whole: TotalBatteryKWh → total_battery_kwh, P2PRatio → p2p_ratio.</summary>
    private sealed class UnitAwareSnakeCase : JsonNamingPolicy
    {
        private static readonly (string From, string To)[] Tokens =
            [("EnergyCoSim", "Energycosim"), ("MWh", "Mwh"), ("KWh", "Kwh"), ("KW", "Kw"), ("P2P", "P2p"), ("USD", "Usd")];

        public override string ConvertName(string name)
        {
            foreach (var (from, to) in Tokens)
            {
                name = name.Replace(from, to, StringComparison.Ordinal);
            }

            return SnakeCaseLower.ConvertName(name);
        }
    }

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
