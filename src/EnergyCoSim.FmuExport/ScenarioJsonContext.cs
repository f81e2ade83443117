using System.Text.Json.Serialization;
using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.FmuExport;

/// <summary>
/// Source-generated JSON for scenario documents: the FMU carries its scenario as JSON because YamlDotNet's
/// reflection-based deserializer is not trim/AOT safe, and System.Text.Json with a generated context is.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(ScenarioDocument))]
public sealed partial class ScenarioJsonContext : JsonSerializerContext;
