using EnergyCoSim.Core.Components;

namespace EnergyCoSim.Master.Internal;

/// <summary>
/// The flat exchange layout of one value type: per component the references of its coupled outputs (read into slots
/// [OutputStart, OutputStart + length)) and of its connected inputs with the buffer index each one reads
/// (slot + bank·SlotCount; banks: 0 current, 1 start of step, 2 iterate).
/// </summary>
internal sealed record ChannelLayout(
    VariableType Type,
    int SlotCount,
    uint[][] OutputReferences,
    int[] OutputStart,
    uint[][] InputReferences,
    int[][] InputSource);
