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

    /// <summary>Who solves the power flow: <c>embedded</c> (in process) or <c>remote</c> (a GridSolver service at <see cref="Address"/>).</summary>
    public string Solver { get; init; } = PowerFlowSolverSettings.Embedded;

    /// <summary>Address of the remote GridSolver (http(s)://host:port); only with <c>solver: remote</c>.</summary>
    public string? Address { get; init; }

    /// <summary>Deadline of each remote solve, ms; a slower answer rejects the step.</summary>
    public int DeadlineMs { get; init; } = PowerFlowSolverSettings.DefaultDeadlineMs;
}
