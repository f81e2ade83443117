using System.Buffers.Binary;
using System.Globalization;
using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Core.Components;

/// <summary>
/// The value array of a component whose variables are all Real (reference = index): checked get/set, and save,
/// restore and byte (de)serialisation of the whole array, which is then the component's entire state.
/// </summary>
public sealed class RealValueTable
{
    private readonly string _owner;
    private readonly IReadOnlyList<VariableDescription> _variables;

    /// <summary>Creates the table of <paramref name="owner"/> at the variables' start values.</summary>
    public RealValueTable(string owner, IReadOnlyList<VariableDescription> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        _owner = owner;
        _variables = variables;
        Values = variables.Select(v => v.StartReal ?? 0).ToArray();
    }

    /// <summary>The values, indexed by reference.</summary>
    public double[] Values { get; }

    /// <summary>A Real variable with discrete variability.</summary>
    public static VariableDescription Real(uint reference, string name, VariableCausality causality, string unit, string description, double start) =>
        new(reference, name, VariableType.Real, causality, VariableVariability.Discrete, unit, description) { StartReal = start };

    /// <summary>Reads <paramref name="references"/> into <paramref name="values"/>.</summary>
    public void Get(ReadOnlySpan<uint> references, Span<double> values)
    {
        for (var i = 0; i < references.Length; i++)
        {
            values[i] = Values[Check(references[i])];
        }
    }

    /// <summary>
    /// Writes inputs and parameters; <paramref name="reject"/> returns why a value is not allowed for a reference (null = allowed).
    /// Every value is checked against the rules before it is stored, one at a time in order.
    /// </summary>
    public void Set(ReadOnlySpan<uint> references, ReadOnlySpan<double> values, Func<uint, double, string?>? reject = null)
    {
        for (var i = 0; i < references.Length; i++)
        {
            var r = Check(references[i]);
            var variable = _variables[(int)r];
            var reason = variable.Causality is not (VariableCausality.Input or VariableCausality.Parameter) ? "is an output and cannot be set" : reject?.Invoke(r, values[i]);
            if (reason is not null)
            {
                throw new ValidationException($"{_owner}.{variable.Name}", values[i], reason);
            }

            Values[r] = values[i];
        }
    }

    /// <summary>Throws unless <paramref name="references"/> is empty: the component has no variables of another type.</summary>
    public void RequireNone(ReadOnlySpan<uint> references)
    {
        if (!references.IsEmpty)
        {
            throw new NotFoundException("variable reference", references[0].ToString(CultureInfo.InvariantCulture), $"component {_owner} has only Real variables");
        }
    }

    /// <summary>A copy of the values as the component's state.</summary>
    public ComponentState Save() => new ValuesState(_owner, (double[])Values.Clone());

    /// <summary>Puts back the values of a state made by <see cref="Save"/> or <see cref="Deserialize"/> of this owner.</summary>
    public void Restore(ComponentState state) => Own(state).Values.CopyTo(Values, 0);

    /// <summary>The values of <paramref name="state"/> as little-endian doubles.</summary>
    public byte[] Serialize(ComponentState state)
    {
        var values = Own(state).Values;
        var bytes = new byte[values.Length * sizeof(double)];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(i * sizeof(double)), values[i]);
        }

        return bytes;
    }

    /// <summary>A state from bytes made by <see cref="Serialize"/>.</summary>
    public ComponentState Deserialize(ReadOnlySpan<byte> data)
    {
        if (data.Length != Values.Length * sizeof(double))
        {
            throw new ValidationException($"{_owner}.state", data.Length, $"must hold {Values.Length} values ({Values.Length * sizeof(double)} bytes)");
        }

        var values = new double[Values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadDoubleLittleEndian(data[(i * sizeof(double))..]);
        }

        return new ValuesState(_owner, values);
    }

    private uint Check(uint reference) =>
        reference < Values.Length ? reference : throw new NotFoundException("variable reference", reference.ToString(CultureInfo.InvariantCulture), $"component {_owner} has {Values.Length} Real variables");

    private ValuesState Own(ComponentState state) =>
        state is ValuesState s && s.OwnerName == _owner && s.Values.Length == Values.Length ? s : throw new ValidationException($"{_owner}.state", state?.OwnerName ?? "null", "was not saved by this component");

    private sealed class ValuesState(string owner, double[] values) : ComponentState(owner)
    {
        public double[] Values { get; } = values;
    }
}
