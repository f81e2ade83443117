using System.Text.Json;
using System.Text.Json.Nodes;

namespace EnergyCoSim.Mosaik.Api;

/// <summary>
/// Maps mosaik's entity/attribute world onto a co-simulation component. One provider serves one mosaik session:
/// <see cref="Initialize"/> (init) → <see cref="Create"/>* (create) → <see cref="Build"/> (setup_done or the first step);
/// <see cref="InvokeExtraMethod"/> may come at any point after init. The endpoint then sets inputs, steps and reads
/// outputs through the returned <see cref="MosaikBinding"/>. JSON elements passed in are detached copies the provider may keep.
/// </summary>
public interface IMosaikModelProvider
{
    /// <summary>Takes the sim params of <c>world.start</c> and returns the models and extra methods offered.</summary>
    /// <exception cref="Core.Errors.ValidationException">A sim param is unknown or invalid.</exception>
    MosaikMeta Initialize(MosaikInitContext context);

    /// <summary>Creates exactly <paramref name="count"/> root entities of <paramref name="model"/> (a model named in the meta).</summary>
    IReadOnlyList<MosaikEntity> Create(int count, string model, IReadOnlyDictionary<string, JsonElement> parameters);

    /// <summary>Builds the component for all entities created so far and maps every entity attribute to a variable.</summary>
    MosaikBinding Build();

    /// <summary>Runs an extra method listed in the meta; the returned node is the reply (null → JSON null).</summary>
    JsonNode? InvokeExtraMethod(string name, IReadOnlyList<JsonElement> args, IReadOnlyDictionary<string, JsonElement> kwargs);
}
