namespace EnergyCoSim.Mosaik.Api;

/// <summary>An entity returned by <c>create</c>: id unique per simulator, model type, optional children and relations.</summary>
/// <param name="Eid">Entity id.</param>
/// <param name="Type">Model name.</param>
/// <param name="Children">Child entities (e.g. the prosumers of a market), or null.</param>
/// <param name="Rel">Ids of related entities of this simulator, or null.</param>
public sealed record MosaikEntity(string Eid, string Type, IReadOnlyList<MosaikEntity>? Children = null, IReadOnlyList<string>? Rel = null);
