using System.Text.Json.Nodes;

namespace EnergyCoSim.Mosaik.Tests;

/// <summary>
/// A mosaik scenario as data: sim params, create calls, inputs per step (several sources per attribute, as mosaik
/// delivers them) and the attributes read per model. The same scenario runs over TCP and in-process.
/// </summary>
/// <param name="SimParams">Keyword arguments of <c>world.start</c> (time_resolution included).</param>
/// <param name="Creates">The <c>create</c> calls in order.</param>
/// <param name="Steps">Number of steps.</param>
/// <param name="Inputs">Inputs of step k for the created entities: eid → attr → source → value.</param>
/// <param name="Outputs">Attributes read with <c>get_data</c>, per model.</param>
public sealed record MosaikTestScenario(
    JsonObject SimParams,
    IReadOnlyList<MosaikTestCreate> Creates,
    int Steps,
    Func<int, IReadOnlyList<(string Eid, string Type)>, Dictionary<string, Dictionary<string, Dictionary<string, double>>>> Inputs,
    IReadOnlyDictionary<string, string[]> Outputs)
{
    /// <summary>Time resolution in seconds per tick.</summary>
    public double TimeResolution => SimParams["time_resolution"]?.GetValue<double>() ?? 1.0;
}
