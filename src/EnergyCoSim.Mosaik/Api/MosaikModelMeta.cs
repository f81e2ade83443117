namespace EnergyCoSim.Mosaik.Api;

/// <summary>One model in the meta: whether scenarios may create it, its create params and its attributes.</summary>
/// <param name="Public">True when <c>create</c> may be called for it (children-only models are not public).</param>
/// <param name="Params">Keyword params of <c>create</c>.</param>
/// <param name="Attrs">Attributes (inputs and outputs).</param>
/// <param name="AnyInputs">True when the model accepts inputs for attributes not listed.</param>
public sealed record MosaikModelMeta(bool Public, IReadOnlyList<string> Params, IReadOnlyList<string> Attrs, bool AnyInputs = false);
