namespace EnergyCoSim.Mosaik.Api;

/// <summary>Behaviour of the high-level endpoint, validated at construction.</summary>
public sealed record MosaikEndpointOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="progressEverySteps">Ask mosaik for <c>get_progress</c> every this many steps and log it (0 = never).</param>
    /// <param name="queryRelatedEntities">Ask mosaik for <c>get_related_entities</c> of our entities during the first step.</param>
    public MosaikEndpointOptions(int progressEverySteps = 0, bool queryRelatedEntities = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(progressEverySteps);
        ProgressEverySteps = progressEverySteps;
        QueryRelatedEntities = queryRelatedEntities;
    }

    /// <summary>Steps between progress requests (0 = never).</summary>
    public int ProgressEverySteps { get; }

    /// <summary>Whether the first step asks mosaik for the entity graph.</summary>
    public bool QueryRelatedEntities { get; }

    /// <summary>No requests to mosaik.</summary>
    public static MosaikEndpointOptions Default { get; } = new();
}
