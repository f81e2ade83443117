using System.Text;
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

    // mosaik sends the same entities and attributes every step: remember the resolution in arrival order and match
    // the next step's property names byte-wise, so a steady-state step allocates no name strings.
    private readonly List<(byte[] Eid, byte[] Attr, VariableDescription Variable)> _plan = [];
    private MosaikBinding? _planBinding;

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

        if (!ReferenceEquals(_planBinding, binding))
        {
            _plan.Clear();
            _planBinding = binding;
        }

        var j = 0;
        foreach (var entity in inputs.EnumerateObject())
        {
            if (entity.Value.ValueKind != JsonValueKind.Object)
            {
                throw new ValidationException($"step.inputs.{entity.Name}", MosaikJson.Describe(entity.Value), "must be a dict {attr: {source: value}}");
            }

            foreach (var attr in entity.Value.EnumerateObject())
            {
                VariableDescription variable;
                if (j < _plan.Count && entity.NameEquals(_plan[j].Eid) && attr.NameEquals(_plan[j].Attr))
                {
                    variable = _plan[j].Variable;
                }
                else
                {
                    variable = Resolve(binding, entity.Name, attr.Name);
                    var entry = (Encoding.UTF8.GetBytes(entity.Name), Encoding.UTF8.GetBytes(attr.Name), variable);
                    if (j < _plan.Count)
                    {
                        _plan[j] = entry;
                    }
                    else
                    {
                        _plan.Add(entry);
                    }
                }

                j++;
                if (attr.Value.ValueKind != JsonValueKind.Object)
                {
                    throw new ValidationException($"step.inputs.{entity.Name}.{attr.Name}", MosaikJson.Describe(attr.Value), "must be a dict {source_full_id: value}");
                }

                Aggregate(entity, attr, attr.Value, variable);
            }
        }

        _plan.RemoveRange(j, _plan.Count - j);
    }

    private static VariableDescription Resolve(MosaikBinding binding, string eid, string attr)
    {
        var variable = binding.GetVariable(eid, attr);
        return variable.Causality is VariableCausality.Input or VariableCausality.Parameter
            ? variable
            : throw new ValidationException($"step.inputs.{eid}.{attr}", null, $"is an output ({variable.Causality}) and cannot be set");
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

    private void Aggregate(JsonProperty entityProperty, JsonProperty attrProperty, JsonElement sources, VariableDescription variable)
    {
        // Names are only materialised for error messages.
        var eid = new LazyName(entityProperty);
        var attr = new LazyName(attrProperty);
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

        // A declared range also rules out NaN and ±Infinity (Python may send them), checked on the sum of all sources.
        if (variable.Type == VariableType.Real && (variable.Min is not null || variable.Max is not null) && !InRange(real, variable))
        {
            throw new ValidationException(
                $"step.inputs.{eid}.{attr}", FieldViolation.Render(real), $"must be a finite number in [{Render(variable.Min)}, {Render(variable.Max)}]{(variable.Unit is null ? "" : " " + variable.Unit)} (sum over its sources)");
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

    private static bool InRange(double value, VariableDescription variable) =>
        double.IsFinite(value) && value >= (variable.Min ?? double.MinValue) && value <= (variable.Max ?? double.MaxValue);

    private static string Render(double? bound) => bound is { } b ? b.ToString("G", System.Globalization.CultureInfo.InvariantCulture) : "any";

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

    /// <summary>A property name rendered only when an error message needs it.</summary>
    private readonly struct LazyName(JsonProperty property)
    {
        public override string ToString() => property.Name;
    }
}
