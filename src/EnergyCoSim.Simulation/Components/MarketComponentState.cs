using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Simulation.Environments;

namespace EnergyCoSim.Simulation.Components;

/// <summary>A saved <see cref="MarketComponent"/>: the environment snapshot (or its bytes), the strategy streams and the variable values.</summary>
internal sealed class MarketComponentState(string owner, EnvironmentSnapshot? environment, RandomStreamState[] streams, double[] values)
    : ComponentState(owner)
{
    /// <summary>In-memory snapshot; null when the state was rebuilt from bytes (<see cref="EnvironmentBytes"/>).</summary>
    public EnvironmentSnapshot? Environment { get; } = environment;

    public RandomStreamState[] Streams { get; } = streams;

    public double[] Values { get; } = values;

    /// <summary>Environment bytes when the state was rebuilt from bytes without an in-memory snapshot.</summary>
    public byte[]? EnvironmentBytes { get; init; }
}
