using EnergyCoSim.Core.Components;

namespace EnergyCoSim.Master.Internal;

/// <summary>
/// The validated system, flattened for the hot path: connections become value-reference arrays per component so a
/// step's data exchange is one batched GetReal per producer and one SetReal per consumer, with no allocation.
/// Coupled values live in one buffer of three banks of <see cref="SlotCount"/> slots: current outputs, the
/// start-of-step copy and the iterate of iterative coupling; each input reads a fixed index of that buffer.
/// </summary>
internal sealed class ExecutionPlan
{
    public required ICoSimComponent[] Components { get; init; }

    public required Connection[] Connections { get; init; }

    /// <summary>Stepping order (component indices); declaration order under Jacobi.</summary>
    public required int[] Order { get; init; }

    /// <summary>Step multiple of each component (multi-rate).</summary>
    public required int[] Multiples { get; init; }

    /// <summary>Number of distinct coupled outputs.</summary>
    public required int SlotCount { get; init; }

    /// <summary>Per component: references of its coupled outputs, read into slots [OutputStart, OutputStart + length).</summary>
    public required uint[][] OutputReferences { get; init; }

    public required int[] OutputStart { get; init; }

    /// <summary>Per component: references of its connected inputs.</summary>
    public required uint[][] InputReferences { get; init; }

    /// <summary>Per component and input: the buffer index the input reads (slot + bank·SlotCount).</summary>
    public required int[][] InputSource { get; init; }

    /// <summary>Per connection: the slot of its source output (in the layout of its type).</summary>
    public required int[] ConnectionSlot { get; init; }

    /// <summary>Per connection: its value type (Real, Integer or Boolean).</summary>
    public required VariableType[] ConnectionType { get; init; }

    /// <summary>Layouts of the Integer and Boolean exchanges (the Real exchange uses the fields above).</summary>
    public required ChannelLayout[] Discrete { get; init; }

    /// <summary>Indices of iterative connections.</summary>
    public required int[] IterativeConnections { get; init; }

    /// <summary>Slots watched by the variable-step controller.</summary>
    public required int[] ControlledSlots { get; init; }

    public bool HasIterative => IterativeConnections.Length > 0;
}
