using EnergyCoSim.Core.Components;
using EnergyCoSim.Fmi.Internal;

namespace EnergyCoSim.Fmi;

/// <summary>FMI 3 typed access: every numeric type, scalars and arrays (values hold all elements of all references in order).</summary>
public sealed unsafe partial class Fmi3Instance
{
    /// <summary>fmi3GetFloat32: reads Float32 variables (arrays flattened in order).</summary>
    public void GetFloat32(ReadOnlySpan<uint> references, Span<float> values)
    {
        RequireGetState(nameof(GetFloat32));
        RequireType(references, FmiType.Float32);
        fixed (uint* vr = references)
        fixed (float* v = values)
        {
            Check(_f.fmi3GetFloat32(_c, vr, (nuint)references.Length, v, (nuint)values.Length), "fmi3GetFloat32", VariableType.Real, references);
        }
    }

    /// <summary>fmi3SetFloat32: writes Float32 variables (arrays flattened in order).</summary>
    public void SetFloat32(ReadOnlySpan<uint> references, ReadOnlySpan<float> values)
    {
        RequireSetState(nameof(SetFloat32));
        RequireType(references, FmiType.Float32);
        fixed (uint* vr = references)
        fixed (float* v = values)
        {
            Check(_f.fmi3SetFloat32(_c, vr, (nuint)references.Length, v, (nuint)values.Length), "fmi3SetFloat32", VariableType.Real, references);
        }
    }

    /// <summary>fmi3GetFloat64: reads Float64 variables (arrays flattened in order).</summary>
    public void GetFloat64(ReadOnlySpan<uint> references, Span<double> values)
    {
        RequireGetState(nameof(GetFloat64));
        RequireType(references, FmiType.Float64);
        fixed (uint* vr = references)
        fixed (double* v = values)
        {
            Check(_f.fmi3GetFloat64(_c, vr, (nuint)references.Length, v, (nuint)values.Length), "fmi3GetFloat64", VariableType.Real, references);
        }
    }

    /// <summary>fmi3SetFloat64: writes Float64 variables (arrays flattened in order).</summary>
    public void SetFloat64(ReadOnlySpan<uint> references, ReadOnlySpan<double> values)
    {
        RequireSetState(nameof(SetFloat64));
        RequireType(references, FmiType.Float64);
        fixed (uint* vr = references)
        fixed (double* v = values)
        {
            Check(_f.fmi3SetFloat64(_c, vr, (nuint)references.Length, v, (nuint)values.Length), "fmi3SetFloat64", VariableType.Real, references);
        }
    }

    /// <summary>fmi3GetInt8: reads Int8 variables (arrays flattened in order).</summary>
    public void GetInt8(ReadOnlySpan<uint> references, Span<sbyte> values)
    {
        RequireGetState(nameof(GetInt8));
        RequireType(references, FmiType.Int8);
        fixed (uint* vr = references)
        fixed (sbyte* v = values)
        {
            Check(_f.fmi3GetInt8(_c, vr, (nuint)references.Length, v, (nuint)values.Length), "fmi3GetInt8", VariableType.Integer, references);
        }
    }

    /// <summary>fmi3SetInt8: writes Int8 variables (arrays flattened in order).</summary>
    public void SetInt8(ReadOnlySpan<uint> references, ReadOnlySpan<sbyte> values)
    {
        RequireSetState(nameof(SetInt8));
        RequireType(references, FmiType.Int8);
        fixed (uint* vr = references)
        fixed (sbyte* v = values)
        {
            Check(_f.fmi3SetInt8(_c, vr, (nuint)references.Length, v, (nuint)values.Length), "fmi3SetInt8", VariableType.Integer, references);
        }
    }

    /// <summary>fmi3GetUInt8: reads UInt8 variables (arrays flattened in order).</summary>
    public void GetUInt8(ReadOnlySpan<uint> references, Span<byte> values)
    {
        RequireGetState(nameof(GetUInt8));
        RequireType(references, FmiType.UInt8);
        fixed (uint* vr = references)
        fixed (byte* v = values)
        {
            Check(_f.fmi3GetUInt8(_c, vr, (nuint)references.Length, v, (nuint)values.Length), "fmi3GetUInt8", VariableType.Integer, references);
        }
    }

    /// <summary>fmi3SetUInt8: writes UInt8 variables (arrays flattened in order).</summary>
    public void SetUInt8(ReadOnlySpan<uint> references, ReadOnlySpan<byte> values)
    {
        RequireSetState(nameof(SetUInt8));
        RequireType(references, FmiType.UInt8);
        fixed (uint* vr = references)
        fixed (byte* v = values)
        {
            Check(_f.fmi3SetUInt8(_c, vr, (nuint)references.Length, v, (nuint)values.Length), "fmi3SetUInt8", VariableType.Integer, references);
        }
    }

    /// <summary>fmi3GetInt16: reads Int16 variables (arrays flattened in order).</summary>
    public void GetInt16(ReadOnlySpan<uint> references, Span<short> values)
    {
        RequireGetState(nameof(GetInt16));
        RequireType(references, FmiType.Int16);
        fixed (uint* vr = references)
        fixed (short* v = values)
        {
            Check(_f.fmi3GetInt16(_c, vr, (nuint)references.Length, v, (nuint)values.Length), "fmi3GetInt16", VariableType.Integer, references);
        }
    }

    /// <summary>fmi3SetInt16: writes Int16 variables (arrays flattened in order).</summary>
    public void SetInt16(ReadOnlySpan<uint> references, ReadOnlySpan<short> values)
    {
        RequireSetState(nameof(SetInt16));
        RequireType(references, FmiType.Int16);
        fixed (uint* vr = references)
        fixed (short* v = values)
        {
            Check(_f.fmi3SetInt16(_c, vr, (nuint)references.Length, v, (nuint)values.Length), "fmi3SetInt16", VariableType.Integer, references);
        }
    }

    /// <summary>fmi3GetUInt16: reads UInt16 variables (arrays flattened in order).</summary>
    public void GetUInt16(ReadOnlySpan<uint> references, Span<ushort> values)
    {
        RequireGetState(nameof(GetUInt16));
        RequireType(references, FmiType.UInt16);
        fixed (uint* vr = references)
        fixed (ushort* v = values)
        {
            Check(_f.fmi3GetUInt16(_c, vr, (nuint)references.Length, v, (nuint)values.Length), "fmi3GetUInt16", VariableType.Integer, references);
        }
    }

    /// <summary>fmi3SetUInt16: writes UInt16 variables (arrays flattened in order).</summary>
    public void SetUInt16(ReadOnlySpan<uint> references, ReadOnlySpan<ushort> values)
    {
        RequireSetState(nameof(SetUInt16));
        RequireType(references, FmiType.UInt16);
        fixed (uint* vr = references)
        fixed (ushort* v = values)
        {
            Check(_f.fmi3SetUInt16(_c, vr, (nuint)references.Length, v, (nuint)values.Length), "fmi3SetUInt16", VariableType.Integer, references);
        }
    }

    /// <summary>fmi3GetInt32: reads Int32 variables (arrays flattened in order).</summary>
    public void GetInt32(ReadOnlySpan<uint> references, Span<int> values)
    {
        RequireGetState(nameof(GetInt32));
        RequireType(references, FmiType.Int32);
        fixed (uint* vr = references)
        fixed (int* v = values)
        {
            Check(_f.fmi3GetInt32(_c, vr, (nuint)references.Length, v, (nuint)values.Length), "fmi3GetInt32", VariableType.Integer, references);
        }
    }

    /// <summary>fmi3SetInt32: writes Int32 variables (arrays flattened in order).</summary>
    public void SetInt32(ReadOnlySpan<uint> references, ReadOnlySpan<int> values)
    {
        RequireSetState(nameof(SetInt32));
        RequireType(references, FmiType.Int32);
        fixed (uint* vr = references)
        fixed (int* v = values)
        {
            Check(_f.fmi3SetInt32(_c, vr, (nuint)references.Length, v, (nuint)values.Length), "fmi3SetInt32", VariableType.Integer, references);
        }
    }

    /// <summary>fmi3GetUInt32: reads UInt32 variables (arrays flattened in order).</summary>
    public void GetUInt32(ReadOnlySpan<uint> references, Span<uint> values)
    {
        RequireGetState(nameof(GetUInt32));
        RequireType(references, FmiType.UInt32);
        fixed (uint* vr = references)
        fixed (uint* v = values)
        {
            Check(_f.fmi3GetUInt32(_c, vr, (nuint)references.Length, v, (nuint)values.Length), "fmi3GetUInt32", VariableType.Integer, references);
        }
    }

    /// <summary>fmi3SetUInt32: writes UInt32 variables (arrays flattened in order).</summary>
    public void SetUInt32(ReadOnlySpan<uint> references, ReadOnlySpan<uint> values)
    {
        RequireSetState(nameof(SetUInt32));
        RequireType(references, FmiType.UInt32);
        fixed (uint* vr = references)
        fixed (uint* v = values)
        {
            Check(_f.fmi3SetUInt32(_c, vr, (nuint)references.Length, v, (nuint)values.Length), "fmi3SetUInt32", VariableType.Integer, references);
        }
    }

    /// <summary>fmi3GetInt64: reads Int64 variables (arrays flattened in order).</summary>
    public void GetInt64(ReadOnlySpan<uint> references, Span<long> values)
    {
        RequireGetState(nameof(GetInt64));
        RequireType(references, FmiType.Int64);
        fixed (uint* vr = references)
        fixed (long* v = values)
        {
            Check(_f.fmi3GetInt64(_c, vr, (nuint)references.Length, v, (nuint)values.Length), "fmi3GetInt64", VariableType.Integer, references);
        }
    }

    /// <summary>fmi3SetInt64: writes Int64 variables (arrays flattened in order).</summary>
    public void SetInt64(ReadOnlySpan<uint> references, ReadOnlySpan<long> values)
    {
        RequireSetState(nameof(SetInt64));
        RequireType(references, FmiType.Int64);
        fixed (uint* vr = references)
        fixed (long* v = values)
        {
            Check(_f.fmi3SetInt64(_c, vr, (nuint)references.Length, v, (nuint)values.Length), "fmi3SetInt64", VariableType.Integer, references);
        }
    }

    /// <summary>fmi3GetUInt64: reads UInt64 variables (arrays flattened in order).</summary>
    public void GetUInt64(ReadOnlySpan<uint> references, Span<ulong> values)
    {
        RequireGetState(nameof(GetUInt64));
        RequireType(references, FmiType.UInt64);
        fixed (uint* vr = references)
        fixed (ulong* v = values)
        {
            Check(_f.fmi3GetUInt64(_c, vr, (nuint)references.Length, v, (nuint)values.Length), "fmi3GetUInt64", VariableType.Integer, references);
        }
    }

    /// <summary>fmi3SetUInt64: writes UInt64 variables (arrays flattened in order).</summary>
    public void SetUInt64(ReadOnlySpan<uint> references, ReadOnlySpan<ulong> values)
    {
        RequireSetState(nameof(SetUInt64));
        RequireType(references, FmiType.UInt64);
        fixed (uint* vr = references)
        fixed (ulong* v = values)
        {
            Check(_f.fmi3SetUInt64(_c, vr, (nuint)references.Length, v, (nuint)values.Length), "fmi3SetUInt64", VariableType.Integer, references);
        }
    }

    private void RequireType(ReadOnlySpan<uint> references, FmiType type)
    {
        foreach (var r in references)
        {
            if (!_types.TryGetValue(r, out var t) || t != type)
            {
                throw Unknown(ComponentMapper.CoreType(type) ?? VariableType.Real, r);
            }
        }
    }
}
