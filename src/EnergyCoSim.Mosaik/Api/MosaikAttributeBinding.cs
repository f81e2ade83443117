using EnergyCoSim.Core.Components;

namespace EnergyCoSim.Mosaik.Api;

/// <summary>One entity attribute and the component variable behind it.</summary>
/// <param name="Eid">Entity id.</param>
/// <param name="Attr">Attribute name as mosaik sees it.</param>
/// <param name="Variable">The variable (reference and type); inputs must have Input or Parameter causality.</param>
public sealed record MosaikAttributeBinding(string Eid, string Attr, VariableDescription Variable);
