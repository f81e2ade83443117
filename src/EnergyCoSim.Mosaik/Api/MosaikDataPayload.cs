using System.Runtime.InteropServices;
using System.Text.Json;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Mosaik.Protocol;

namespace EnergyCoSim.Mosaik.Api;

/// <summary>
/// The reply to <c>get_data</c>: resolves every requested attribute first (so an unknown one fails the whole call),
/// reads each value type in one batch, then writes <c>{eid: {attr: value}}</c> in request order. Reused between calls.
/// </summary>
internal sealed class MosaikDataPayload : IMosaikPayload
{
    private readonly List<(JsonEncodedText Eid, int First, int Count)> _entities = [];
    private readonly List<(JsonEncodedText Attr, VariableType Type, int Index)> _attrs = [];
    private readonly List<uint> _realRefs = [];
    private readonly List<uint> _intRefs = [];
    private readonly List<uint> _boolRefs = [];
    private readonly List<uint> _stringRefs = [];
    private double[] _reals = [];
    private long[] _ints = [];
    private bool[] _bools = [];
    private string[] _strings = [];

    // mosaik repeats the same get_data request every step: when the request bytes are unchanged, the resolved plan
    // (references and pre-encoded names) is reused and only the values are read again.
    private byte[] _planKey = [];
    private MosaikBinding? _planBinding;

    /// <summary>Reads the values asked for by <c>{eid: [attr, ...]}</c>.</summary>
    public void Load(JsonElement outputs, MosaikBinding binding)
    {
        if (outputs.ValueKind == JsonValueKind.Object && ReferenceEquals(binding, _planBinding) && JsonMarshal.GetRawUtf8Value(outputs).SequenceEqual(_planKey))
        {
            ReadValues(binding.Component);
            return;
        }

        _planBinding = null;
        _entities.Clear();
        _attrs.Clear();
        _realRefs.Clear();
        _intRefs.Clear();
        _boolRefs.Clear();
        _stringRefs.Clear();
        if (outputs.ValueKind != JsonValueKind.Object)
        {
            throw new ValidationException("get_data.outputs", MosaikJson.Describe(outputs), "must be a dict {eid: [attr, ...]}");
        }

        foreach (var entity in outputs.EnumerateObject())
        {
            if (entity.Value.ValueKind != JsonValueKind.Array)
            {
                throw new ValidationException($"get_data.outputs.{entity.Name}", MosaikJson.Describe(entity.Value), "must be a list of attribute names");
            }

            var first = _attrs.Count;
            foreach (var item in entity.Value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String)
                {
                    throw new ValidationException($"get_data.outputs.{entity.Name}", MosaikJson.Describe(item), "attribute names must be strings");
                }

                var attr = item.GetString()!;
                var v = binding.GetVariable(entity.Name, attr);
                var list = v.Type switch
                {
                    VariableType.Real => _realRefs,
                    VariableType.Integer => _intRefs,
                    VariableType.Boolean => _boolRefs,
                    VariableType.String => _stringRefs,
                    _ => throw new ValidationException($"get_data.outputs.{entity.Name}.{attr}", v.Type, "has a type mosaik cannot read"),
                };
                _attrs.Add((JsonEncodedText.Encode(attr), v.Type, list.Count));
                list.Add(v.Reference);
            }

            _entities.Add((JsonEncodedText.Encode(entity.Name), first, _attrs.Count - first));
        }

        ReadValues(binding.Component);
        _planKey = JsonMarshal.GetRawUtf8Value(outputs).ToArray();
        _planBinding = binding;
    }

    private void ReadValues(Core.Components.ICoSimComponent component)
    {
        Read(_realRefs, ref _reals, component.GetReal);
        Read(_intRefs, ref _ints, component.GetInteger);
        Read(_boolRefs, ref _bools, component.GetBoolean);
        Read(_stringRefs, ref _strings, component.GetString);
    }

    /// <inheritdoc />
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var (eid, first, count) in _entities)
        {
            writer.WritePropertyName(eid);
            writer.WriteStartObject();
            for (var i = first; i < first + count; i++)
            {
                var (attr, type, index) = _attrs[i];
                writer.WritePropertyName(attr);
                switch (type)
                {
                    case VariableType.Real:
                        MosaikJson.WriteNumber(writer, _reals[index]);
                        break;
                    case VariableType.Integer:
                        writer.WriteNumberValue(_ints[index]);
                        break;
                    case VariableType.Boolean:
                        writer.WriteBooleanValue(_bools[index]);
                        break;
                    default:
                        writer.WriteStringValue(_strings[index]);
                        break;
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private delegate void Getter<T>(ReadOnlySpan<uint> references, Span<T> values);

    private static void Read<T>(List<uint> refs, ref T[] values, Getter<T> get)
    {
        if (refs.Count == 0)
        {
            return;
        }

        if (values.Length < refs.Count)
        {
            values = new T[refs.Count * 2];
        }

        get(CollectionsMarshal.AsSpan(refs), values.AsSpan(0, refs.Count));
    }
}
