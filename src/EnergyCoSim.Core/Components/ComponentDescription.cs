using System.Collections.Frozen;
using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Core.Components;

/// <summary>The static description of a component type: its variables and capabilities.</summary>
public sealed class ComponentDescription
{
    private readonly FrozenDictionary<string, VariableDescription> _byName;

    /// <summary>Creates a description; variable names must be unique, and references unique per type.</summary>
    public ComponentDescription(string typeName, IReadOnlyList<VariableDescription> variables, ComponentCapabilities capabilities)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(typeName);
        TypeName = typeName;
        Variables = variables;
        Capabilities = capabilities;
        var byName = new Dictionary<string, VariableDescription>(StringComparer.Ordinal);
        var refs = new HashSet<(VariableType, uint)>();
        foreach (var v in variables)
        {
            if (!byName.TryAdd(v.Name, v))
            {
                throw new ValidationException($"{typeName}.variables", v.Name, "is declared twice");
            }

            if (!refs.Add((v.Type, v.Reference)))
            {
                throw new ValidationException($"{typeName}.variables[{v.Name}].reference", v.Reference, $"is already used by another {v.Type} variable");
            }
        }

        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Name of the component type (model name).</summary>
    public string TypeName { get; }

    /// <summary>All variables, in declaration order.</summary>
    public IReadOnlyList<VariableDescription> Variables { get; }

    /// <summary>What the component can do.</summary>
    public ComponentCapabilities Capabilities { get; }

    /// <summary>The variable named <paramref name="name"/>, or a <see cref="NotFoundException"/>.</summary>
    public VariableDescription GetVariable(string name) =>
        _byName.TryGetValue(name, out var v) ? v : throw new NotFoundException("variable", name, $"component type {TypeName} has no such variable");

    /// <summary>Looks a variable up by name.</summary>
    public bool TryGetVariable(string name, out VariableDescription variable) => _byName.TryGetValue(name, out variable!);
}
