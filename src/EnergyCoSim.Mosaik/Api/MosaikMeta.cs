namespace EnergyCoSim.Mosaik.Api;

/// <summary>The reply to <c>init</c> (API 3.0, time-based): the models and the extra methods.</summary>
/// <param name="Models">Models by name.</param>
/// <param name="ExtraMethods">Names of extra methods scenarios may call.</param>
public sealed record MosaikMeta(IReadOnlyDictionary<string, MosaikModelMeta> Models, IReadOnlyList<string> ExtraMethods)
{
    /// <summary>The mosaik API version this endpoint speaks.</summary>
    public const string ApiVersion = "3.0";

    /// <summary>The simulator type; only time-based is offered, so outputs are valid until the next step.</summary>
    public const string SimulatorType = "time-based";
}
