using System.Text.Json;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Mosaik.Protocol;
using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.Mosaik.Market;

/// <summary>
/// Reads the create params of an individually created <c>Prosumer</c> or <c>Battery</c> into the scenario file's agent
/// schema (<see cref="AgentSection"/>, battery fields flat), so the scenario validator and compiler judge them.
/// Only JSON types are checked here; ranges are the validator's.
/// </summary>
internal static class MarketAgentParams
{
    /// <summary>Params of both agent models.</summary>
    public static readonly string[] Common = ["market", "id", "capacity_kw", "capacity_jitter_kw", "node", "generation", "demand"];

    /// <summary>The battery's own params (the scenario's <c>battery:</c> section, flat).</summary>
    public static readonly string[] BatteryOnly =
    [
        "capacity_kwh", "capacity_ratio", "capacity_ratio_range", "min_soc", "max_soc", "efficiency", "charge_efficiency",
        "discharge_efficiency", "c_rate", "self_discharge_per_hour", "initial_soc", "degradation",
    ];

    /// <summary>Params of the <c>Prosumer</c> model.</summary>
    public static IReadOnlyList<string> Prosumer { get; } = Common;

    /// <summary>Params of the <c>Battery</c> model.</summary>
    public static IReadOnlyList<string> Battery { get; } = [.. Common, .. BatteryOnly];

    /// <summary>
    /// The zero profile of an agent without a <c>generation</c>/<c>demand</c> param: its energy comes from mosaik inputs
    /// only (a constant source, i.e. the capacity, times 0 draws nothing from any stream).
    /// </summary>
    public static ProfileSection Zero => new() { Source = "constant", Multiplier = 0 };

    private static readonly JsonSerializerOptions SectionJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The agent entry the params describe (id still a template); type problems go to <paramref name="violations"/>.</summary>
    public static AgentSection Read(string model, bool battery, IReadOnlyDictionary<string, JsonElement> p, List<FieldViolation> violations)
    {
        var r = new Reader(model, p, violations);
        return new AgentSection
        {
            Id = r.String("id") ?? string.Empty,
            CapacityKw = r.Number("capacity_kw") ?? 0,
            CapacityJitterKw = r.Pair("capacity_jitter_kw"),
            Node = r.String("node"),
            Generation = r.Object<ProfileSection>("generation") ?? Zero,
            Demand = r.Object<ProfileSection>("demand") ?? Zero,
            Battery = battery ? ReadBattery(r) : null,
        };
    }

    private static BatterySection ReadBattery(Reader r) => new()
    {
        CapacityKwh = r.Number("capacity_kwh"),
        CapacityRatio = r.Number("capacity_ratio"),
        CapacityRatioRange = r.Pair("capacity_ratio_range"),
        MinSoc = r.Number("min_soc") ?? 0,
        MaxSoc = r.Number("max_soc") ?? 1,
        Efficiency = r.Number("efficiency"),
        ChargeEfficiency = r.Number("charge_efficiency"),
        DischargeEfficiency = r.Number("discharge_efficiency"),
        CRate = r.Number("c_rate") ?? 1.0,
        SelfDischargePerHour = r.Number("self_discharge_per_hour") ?? 0,
        InitialSoc = r.Number("initial_soc"),
        Degradation = r.Object<DegradationSection>("degradation"),
    };

    private readonly struct Reader(string model, IReadOnlyDictionary<string, JsonElement> p, List<FieldViolation> violations)
    {
        public string? String(string name)
        {
            if (!TryGet(name, out var v))
            {
                return null;
            }

            return v.ValueKind == JsonValueKind.String ? v.GetString() : Fail<string>(name, v, "must be a string");
        }

        public double? Number(string name)
        {
            if (!TryGet(name, out var v))
            {
                return null;
            }

            return v.ValueKind == JsonValueKind.Number ? v.GetDouble() : Fail<double?>(name, v, "must be a number");
        }

        public List<double>? Pair(string name)
        {
            if (!TryGet(name, out var v))
            {
                return null;
            }

            return v.ValueKind == JsonValueKind.Array && v.GetArrayLength() == 2 && v.EnumerateArray().All(x => x.ValueKind == JsonValueKind.Number)
                ? v.EnumerateArray().Select(x => x.GetDouble()).ToList()
                : Fail<List<double>>(name, v, "must be [low, high] (two numbers)");
        }

        public T? Object<T>(string name)
            where T : class
        {
            if (!TryGet(name, out var v))
            {
                return null;
            }

            if (v.ValueKind != JsonValueKind.Object)
            {
                return Fail<T>(name, v, "must be an object with the scenario file's fields (docs/scenario-format.md)");
            }

            try
            {
                return v.Deserialize<T>(SectionJson);
            }
            catch (JsonException ex)
            {
                return Fail<T>(name, v, $"is not a valid {name} section of the scenario format: {ex.Message}");
            }
        }

        private bool TryGet(string name, out JsonElement value) =>
            p.TryGetValue(name, out value) && value.ValueKind is not JsonValueKind.Null and not JsonValueKind.Undefined;

        private T? Fail<T>(string name, JsonElement value, string description)
        {
            violations.Add(new FieldViolation($"{model}.{name}", MosaikJson.Describe(value), description));
            return default;
        }
    }
}
