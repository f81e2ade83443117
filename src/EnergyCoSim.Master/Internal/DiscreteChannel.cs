using EnergyCoSim.Core.Components;

namespace EnergyCoSim.Master.Internal;

/// <summary>
/// Exchange of Integer or Boolean connections (Booleans carried as 0/1), with the same three banks as the Real
/// exchange so that delays, iteration and rollback treat every type alike.
/// </summary>
internal sealed class DiscreteChannel
{
    private readonly ChannelLayout _layout;
    private readonly ICoSimComponent[] _components;
    private readonly long[][] _longScratch;
    private readonly bool[][] _boolScratch;
    private readonly long[][] _outLong;
    private readonly bool[][] _outBool;

    public DiscreteChannel(ChannelLayout layout, ICoSimComponent[] components)
    {
        _layout = layout;
        _components = components;
        Buffer = new long[3 * layout.SlotCount];
        _longScratch = layout.InputReferences.Select(r => new long[r.Length]).ToArray();
        _boolScratch = layout.InputReferences.Select(r => new bool[r.Length]).ToArray();
        _outLong = layout.OutputReferences.Select(r => new long[r.Length]).ToArray();
        _outBool = layout.OutputReferences.Select(r => new bool[r.Length]).ToArray();
    }

    public VariableType Type => _layout.Type;

    public long[] Buffer { get; }

    public int SlotCount => _layout.SlotCount;

    public void Read(int i)
    {
        var refs = _layout.OutputReferences[i];
        if (refs.Length == 0)
        {
            return;
        }

        var start = _layout.OutputStart[i];
        if (_layout.Type == VariableType.Integer)
        {
            _components[i].GetInteger(refs, Buffer.AsSpan(start, refs.Length));
            return;
        }

        var values = _outBool[i];
        _components[i].GetBoolean(refs, values);
        for (var k = 0; k < values.Length; k++)
        {
            Buffer[start + k] = values[k] ? 1 : 0;
        }
    }

    public void Write(int i, bool fromCurrentOnly)
    {
        var refs = _layout.InputReferences[i];
        if (refs.Length == 0)
        {
            return;
        }

        var source = _layout.InputSource[i];
        var s = _layout.SlotCount;
        if (_layout.Type == VariableType.Integer)
        {
            var scratch = _longScratch[i];
            for (var k = 0; k < scratch.Length; k++)
            {
                scratch[k] = Buffer[fromCurrentOnly ? source[k] % s : source[k]];
            }

            _components[i].SetInteger(refs, scratch);
            return;
        }

        var bools = _boolScratch[i];
        for (var k = 0; k < bools.Length; k++)
        {
            bools[k] = Buffer[fromCurrentOnly ? source[k] % s : source[k]] != 0;
        }

        _components[i].SetBoolean(refs, bools);
    }

    /// <summary>Copies bank <paramref name="from"/> onto bank <paramref name="to"/>.</summary>
    public void CopyBank(int from, int to) => Array.Copy(Buffer, from * SlotCount, Buffer, to * SlotCount, SlotCount);

    /// <summary>|current − iterate| of a slot, for the convergence test.</summary>
    public double Change(int slot) => Math.Abs((double)(Buffer[slot] - Buffer[(2 * SlotCount) + slot]));
}
