using System.Text.Json;
using System.Text.Json.Serialization;

namespace EnergyCoSim.Service.Sessions;

/// <summary>
/// The JSON settings of the run directory's summary.json (snake_case keeping unit tokens whole, NaN allowed),
/// repeated here because the Simulation project keeps its own copy internal.
/// </summary>
internal static class SummaryJsonOptions
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = new UnitAwareSnakeCase(),
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

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
}
