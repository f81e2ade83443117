namespace EnergyCoSim.Simulation.Scenarios;

/// <summary>The coupled feeder: a built-in name (ieee34, baran-wu-33, ieee13, lv-residential) and the agents' buses.</summary>
public sealed class PowerFlowSection
{
    /// <summary>Built-in feeder name.</summary>
    public string Feeder { get; init; } = "ieee34";

    /// <summary>Factor on every case load (1 = as published).</summary>
    public double LoadScale { get; init; } = 1;

    /// <summary>Agent id → bus id; agents left out keep their IEEE 34 node or are spread over the load buses.</summary>
    public Dictionary<string, int> Buses { get; init; } = [];
}
