using System.Text.Json;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Mosaik.Protocol;

namespace EnergyCoSim.Mosaik.Api;

/// <summary>
/// The inputs of one <c>step</c>, aggregated per attribute over all sources (sum for numbers, OR for booleans, one
/// source for strings) and validated completely before anything reaches the component, so a bad input leaves it untouched.
/// </summary>
internal sealed class MosaikInputBatch
{
    private readonly List<uint> _realRefs = [];
    private readonly List<double> _realValues = [];
    private readonly List<uint> _intRefs = [];
    private readonly List<long> _intValues = [];
    private readonly List<uint> _boolRefs = [];
    private readonly List<bool> _boolValues = [];
    private readonly List<uint> _stringRefs = [];
    private readonly List<string> _stringValues = [];

    /// <summary>Number of attributes collected.</summary>
    public int Count => _realRefs.Count + _intRefs.Count + _boolRefs.Count + _stringRefs.Count;

    /// <summary>Reads <c>{eid: {attr: {source_full_id: value}}}</c>; throws naming the first bad entry, leaving the batch to be discarded.</summary>
    public void Collect(JsonElement inputs, MosaikBinding binding)
    {
        Clear();
        if (inputs.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return;
        }

        if (inputs.ValueKind != JsonValueKind.Object)
        {
            throw new ValidationException("step.inputs", MosaikJson.Describe(inputs), "must be a dict {eid: {attr: {source: value}}}");
        }

        foreach (var entity in inputs.EnumerateObject())
        {
            if (entity.Value.ValueKind != JsonValueKind.Object)
            {
                throw new ValidationException($"step.inputs.{entity.Name}", MosaikJson.Describe(entity.Value), "must be a dict {attr: {source: value}}");
            }

            foreach (var attr in entity.Value.EnumerateObject())
            {
                var variable = binding.GetVariable(entity.Name, attr.Name);
                if (variable.Causality is not (VariableCausality.Input or VariableCausality.Parameter))
                {
                    throw new ValidationException($"step.inputs.{entity.Name}.{attr.Name}", null, $"is an output ({variable.Causality}) and cannot be set");
                }

                if (attr.Value.ValueKind != JsonValueKind.Object)
                {
                    throw new ValidationException($"step.inputs.{entity.Name}.{attr.Name}", MosaikJson.Describe(attr.Value), "must be a dict {source_full_id: value}");
                }

                Aggregate(entity.Name, attr.Name, attr.Value, variable);
            }
        }
    }

    /// <summary>Writes the collected values to <paramref name="component"/> in one batch per type.</summary>
    public void ApplyTo(ICoSimComponent component)
    {
        if (_realRefs.Count > 0)
        {
            component.SetReal(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_realRefs), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_realValues));
        }

        if (_intRefs.Count > 0)
        {
            component.SetInteger(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_intRefs), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_intValues));
        }

        if (_boolRefs.Count > 0)
        {
            component.SetBoolean(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_boolRefs), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_boolValues));
        }

        if (_stringRefs.Count > 0)
        {
            component.SetString(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_stringRefs), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_stringValues));
        }
    }

    private void Aggregate(string eid, string attr, JsonElement sources, VariableDescription variable)
    {
        double real = 0;
        long integer = 0;
        var boolean = false;
        string? text = null;
        var seen = 0;
        foreach (var source in sources.EnumerateObject())
        {
            var value = source.Value;
            if (value.ValueKind == JsonValueKind.Null)
            {
                // A source that has produced nothing yet contributes nothing.
                continue;
            }

            seen++;
            switch (variable.Type)
            {
                case VariableType.Real when MosaikJson.TryGetDouble(value, out var d):
                    real += d;
                    break;
                case VariableType.Real when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                    real += value.GetBoolean() ? 1 : 0;
                    break;
                case VariableType.Integer when value.TryGetInt64Safe(out var l):
                    integer = checked(integer + l);
                    break;
                case VariableType.Boolean when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                    boolean |= value.GetBoolean();
                    break;
                case VariableType.String when value.ValueKind == JsonValueKind.String && text is null:
                    text = value.GetString();
                    break;
                case VariableType.String when text is not null:
                    throw new ValidationException($"step.inputs.{eid}.{attr}", source.Name, "is a second source for a text attribute; connect only one");
                default:
                    throw new ValidationException($"step.inputs.{eid}.{attr}.{source.Name}", MosaikJson.Describe(value), $"is not a {variable.Type} value");
            }
        }

        if (seen == 0)
        {
            return;
        }

        switch (variable.Type)
        {
            case VariableType.Real:
                _realRefs.Add(variable.Reference);
                _realValues.Add(real);
                break;
            case VariableType.Integer:
                _intRefs.Add(variable.Reference);
                _intValues.Add(integer);
                break;
            case VariableType.Boolean:
                _boolRefs.Add(variable.Reference);
                _boolValues.Add(boolean);
                break;
            case VariableType.String:
                _stringRefs.Add(variable.Reference);
                _stringValues.Add(text!);
                break;
            default:
                throw new ValidationException($"step.inputs.{eid}.{attr}", variable.Type, "has a type mosaik cannot set");
        }
    }

    private void Clear()
    {
        _realRefs.Clear();
        _realValues.Clear();
        _intRefs.Clear();
        _intValues.Clear();
        _boolRefs.Clear();
        _boolValues.Clear();
        _stringRefs.Clear();
        _stringValues.Clear();
    }
}
