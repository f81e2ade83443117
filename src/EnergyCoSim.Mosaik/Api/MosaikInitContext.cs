using System.Text.Json;
using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Mosaik.Api;

/// <summary>What mosaik's <c>init</c> carries: the simulator id, the time resolution and the remaining sim params.</summary>
/// <param name="Sid">The simulator id mosaik assigned (e.g. <c>EnergyCoSim-0</c>).</param>
/// <param name="Resolution">Seconds per tick, from <c>time_resolution</c>.</param>
/// <param name="SimParams">Every other keyword argument of <c>world.start</c> (detached copies).</param>
public sealed record MosaikInitContext(string Sid, TimeResolution Resolution, IReadOnlyDictionary<string, JsonElement> SimParams);
