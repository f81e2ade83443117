using System.Runtime.InteropServices;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Fmi;

/// <summary>The Core component API on FMI 3: one native call when all references share a type, else one per variable.</summary>
public sealed unsafe partial class Fmi3Instance
{
    /// <summary>fmi3GetBinary: copies of the values of Binary variables.</summary>
    public byte[][] GetBinary(ReadOnlySpan<uint> references)
    {
        RequireGetState(nameof(GetBinary));
        RequireType(references, FmiType.Binary);
        var sizes = new nuint[references.Length];
        var pointers = new nint[references.Length];
        fixed (uint* vr = references)
        fixed (nuint* s = sizes)
        fixed (nint* p = pointers)
        {
            Check(_f.fmi3GetBinary(_c, vr, (nuint)references.Length, s, (byte**)p, (nuint)references.Length), "fmi3GetBinary", VariableType.Binary, references);
        }

        var result = new byte[references.Length][];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new ReadOnlySpan<byte>((byte*)pointers[i], checked((int)sizes[i])).ToArray();
        }

        return result;
    }

    /// <summary>fmi3SetBinary: writes Binary variables.</summary>
    public void SetBinary(ReadOnlySpan<uint> references, ReadOnlySpan<byte[]> values)
    {
        RequireSetState(nameof(SetBinary));
        RequireType(references, FmiType.Binary);
        ArgumentOutOfRangeException.ThrowIfNotEqual(values.Length, references.Length, nameof(values));
        var handles = new GCHandle[values.Length];
        var pointers = new nint[values.Length];
        var sizes = new nuint[values.Length];
        try
        {
            for (var i = 0; i < values.Length; i++)
            {
                handles[i] = GCHandle.Alloc(values[i], GCHandleType.Pinned);
                pointers[i] = handles[i].AddrOfPinnedObject();
                sizes[i] = (nuint)values[i].Length;
            }

            fixed (uint* vr = references)
            fixed (nuint* s = sizes)
            fixed (nint* p = pointers)
            {
                Check(_f.fmi3SetBinary(_c, vr, (nuint)references.Length, s, (byte**)p, (nuint)references.Length), "fmi3SetBinary", VariableType.Binary, references);
            }
        }
        finally
        {
            FreeAll(handles);
        }
    }

    private protected override void GetRealCore(ReadOnlySpan<uint> references, Span<double> values)
    {
        if (All(references, VariableType.Real, FmiType.Float64))
        {
            // State and types are already checked: one native call, no second lookup.
            fixed (uint* vr = references)
            fixed (double* v = values)
            {
                Check(_f.fmi3GetFloat64(_c, vr, (nuint)references.Length, v, (nuint)values.Length), "fmi3GetFloat64", VariableType.Real, references);
            }

            return;
        }

        for (var i = 0; i < references.Length; i++)
        {
            var r = references.Slice(i, 1);
            if (TypeOf(VariableType.Real, references[i]) == FmiType.Float64)
            {
                GetFloat64(r, values.Slice(i, 1));
            }
            else
            {
                float f = 0;
                GetFloat32(r, new Span<float>(ref f));
                values[i] = f;
            }
        }
    }

    private protected override void SetRealCore(ReadOnlySpan<uint> references, ReadOnlySpan<double> values)
    {
        if (All(references, VariableType.Real, FmiType.Float64))
        {
            fixed (uint* vr = references)
            fixed (double* v = values)
            {
                Check(_f.fmi3SetFloat64(_c, vr, (nuint)references.Length, v, (nuint)values.Length), "fmi3SetFloat64", VariableType.Real, references);
            }

            return;
        }

        for (var i = 0; i < references.Length; i++)
        {
            var r = references.Slice(i, 1);
            if (TypeOf(VariableType.Real, references[i]) == FmiType.Float64)
            {
                SetFloat64(r, values.Slice(i, 1));
            }
            else
            {
                var f = (float)values[i];
                SetFloat32(r, new ReadOnlySpan<float>(ref f));
            }
        }
    }

    private protected override void GetIntegerCore(ReadOnlySpan<uint> references, Span<long> values)
    {
        if (All(references, VariableType.Integer, FmiType.Int64))
        {
            GetInt64(references, values);
            return;
        }

        for (var i = 0; i < references.Length; i++)
        {
            var r = references.Slice(i, 1);
            switch (TypeOf(VariableType.Integer, references[i]))
            {
                case FmiType.Int8: { sbyte v = 0; GetInt8(r, new Span<sbyte>(ref v)); values[i] = v; break; }
                case FmiType.UInt8: { byte v = 0; GetUInt8(r, new Span<byte>(ref v)); values[i] = v; break; }
                case FmiType.Int16: { short v = 0; GetInt16(r, new Span<short>(ref v)); values[i] = v; break; }
                case FmiType.UInt16: { ushort v = 0; GetUInt16(r, new Span<ushort>(ref v)); values[i] = v; break; }
                case FmiType.Int32: { var v = 0; GetInt32(r, new Span<int>(ref v)); values[i] = v; break; }
                case FmiType.UInt32: { uint v = 0; GetUInt32(r, new Span<uint>(ref v)); values[i] = v; break; }
                case FmiType.UInt64: { ulong v = 0; GetUInt64(r, new Span<ulong>(ref v)); values[i] = unchecked((long)v); break; }
                default: GetInt64OrEnumeration(r, values.Slice(i, 1)); break;
            }
        }
    }

    private protected override void SetIntegerCore(ReadOnlySpan<uint> references, ReadOnlySpan<long> values)
    {
        for (var i = 0; i < references.Length; i++)
        {
            var r = references.Slice(i, 1);
            var x = values[i];
            switch (TypeOf(VariableType.Integer, references[i]))
            {
                case FmiType.Int8: { var v = Narrow<sbyte>(x, sbyte.MinValue, (ulong)sbyte.MaxValue, r[0]); SetInt8(r, new ReadOnlySpan<sbyte>(ref v)); break; }
                case FmiType.UInt8: { var v = Narrow<byte>(x, 0, byte.MaxValue, r[0]); SetUInt8(r, new ReadOnlySpan<byte>(ref v)); break; }
                case FmiType.Int16: { var v = Narrow<short>(x, short.MinValue, (ulong)short.MaxValue, r[0]); SetInt16(r, new ReadOnlySpan<short>(ref v)); break; }
                case FmiType.UInt16: { var v = Narrow<ushort>(x, 0, ushort.MaxValue, r[0]); SetUInt16(r, new ReadOnlySpan<ushort>(ref v)); break; }
                case FmiType.Int32: { var v = Narrow<int>(x, int.MinValue, int.MaxValue, r[0]); SetInt32(r, new ReadOnlySpan<int>(ref v)); break; }
                case FmiType.UInt32: { var v = Narrow<uint>(x, 0, uint.MaxValue, r[0]); SetUInt32(r, new ReadOnlySpan<uint>(ref v)); break; }
                case FmiType.UInt64: { var v = Narrow<ulong>(x, 0, ulong.MaxValue, r[0]); SetUInt64(r, new ReadOnlySpan<ulong>(ref v)); break; }
                default: SetInt64OrEnumeration(r, values.Slice(i, 1)); break;
            }
        }
    }

    private protected override void GetBooleanCore(ReadOnlySpan<uint> references, Span<bool> values)
    {
        All(references, VariableType.Boolean, FmiType.Boolean);
        Span<byte> buffer = references.Length <= 64 ? stackalloc byte[references.Length] : new byte[references.Length];
        fixed (uint* vr = references)
        fixed (byte* v = buffer)
        {
            Check(_f.fmi3GetBoolean(_c, vr, (nuint)references.Length, v, (nuint)buffer.Length), "fmi3GetBoolean", VariableType.Boolean, references);
        }

        for (var i = 0; i < buffer.Length; i++)
        {
            values[i] = buffer[i] != 0;
        }
    }

    private protected override void SetBooleanCore(ReadOnlySpan<uint> references, ReadOnlySpan<bool> values)
    {
        All(references, VariableType.Boolean, FmiType.Boolean);
        Span<byte> buffer = references.Length <= 64 ? stackalloc byte[references.Length] : new byte[references.Length];
        for (var i = 0; i < buffer.Length; i++)
        {
            buffer[i] = values[i] ? (byte)1 : (byte)0;
        }

        fixed (uint* vr = references)
        fixed (byte* v = buffer)
        {
            Check(_f.fmi3SetBoolean(_c, vr, (nuint)references.Length, v, (nuint)buffer.Length), "fmi3SetBoolean", VariableType.Boolean, references);
        }
    }

    private protected override void GetStringCore(ReadOnlySpan<uint> references, Span<string> values)
    {
        All(references, VariableType.String, FmiType.String);
        var buffer = new nint[references.Length];
        fixed (uint* vr = references)
        fixed (nint* v = buffer)
        {
            Check(_f.fmi3GetString(_c, vr, (nuint)references.Length, (byte**)v, (nuint)buffer.Length), "fmi3GetString", VariableType.String, references);
        }

        for (var i = 0; i < buffer.Length; i++)
        {
            values[i] = Internal.FmiCallbacks.Utf8((byte*)buffer[i]);
        }
    }

    private protected override void SetStringCore(ReadOnlySpan<uint> references, ReadOnlySpan<string> values)
    {
        All(references, VariableType.String, FmiType.String);
        var handles = new GCHandle[values.Length];
        var pointers = new nint[values.Length];
        try
        {
            for (var i = 0; i < values.Length; i++)
            {
                handles[i] = GCHandle.Alloc(Internal.FmiCallbacks.Utf8Z(values[i]), GCHandleType.Pinned);
                pointers[i] = handles[i].AddrOfPinnedObject();
            }

            fixed (uint* vr = references)
            fixed (nint* v = pointers)
            {
                Check(_f.fmi3SetString(_c, vr, (nuint)references.Length, (byte**)v, (nuint)pointers.Length), "fmi3SetString", VariableType.String, references);
            }
        }
        finally
        {
            FreeAll(handles);
        }
    }

    private static void FreeAll(GCHandle[] handles)
    {
        foreach (var h in handles)
        {
            if (h.IsAllocated)
            {
                h.Free();
            }
        }
    }

    private T Narrow<T>(long value, long min, ulong max, uint reference)
        where T : System.Numerics.INumberBase<T>
    {
        if (value < min || (value > 0 && (ulong)value > max))
        {
            throw new ValidationException($"{Name}.{reference}", value, $"is outside the range of the variable's FMI type ({typeof(T).Name})");
        }

        return T.CreateTruncating(value);
    }

    // FMI 3 enumerations are accessed with fmi3Get/SetInt64.
    private void GetInt64OrEnumeration(ReadOnlySpan<uint> r, Span<long> v)
    {
        fixed (uint* vr = r)
        fixed (long* p = v)
        {
            Check(_f.fmi3GetInt64(_c, vr, 1, p, 1), "fmi3GetInt64", VariableType.Integer, r);
        }
    }

    private void SetInt64OrEnumeration(ReadOnlySpan<uint> r, ReadOnlySpan<long> v)
    {
        fixed (uint* vr = r)
        fixed (long* p = v)
        {
            Check(_f.fmi3SetInt64(_c, vr, 1, p, 1), "fmi3SetInt64", VariableType.Integer, r);
        }
    }
}
