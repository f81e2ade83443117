namespace EnergyCoSim.Simulation.Scenarios;

/// <summary>
/// A scheduled event of a coupled run: at the start of market interval <see cref="AtInterval"/> the input
/// <see cref="Target"/> (<c>component.variable</c>) is set to <see cref="Value"/>, e.g. a line out of service.
/// </summary>
public sealed class EventSection
{
    /// <summary>Market interval (0-based) at whose start the value is set.</summary>
    public int AtInterval { get; init; }

    /// <summary>The input to set, <c>component.variable</c> (e.g. <c>grid.branch_7_8.in_service</c>).</summary>
    public string Target { get; init; } = string.Empty;

    /// <summary>The new value, in the target's unit.</summary>
    public double Value { get; init; }

    /// <summary>What the event means, for logs and reports (optional).</summary>
    public string? Label { get; init; }
}
