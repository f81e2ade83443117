namespace EnergyCoSim.Service.Sessions;

/// <summary>What a client learns when it creates a session.</summary>
/// <param name="Id">Session id.</param>
/// <param name="ScenarioName">Scenario name.</param>
/// <param name="AgentIds">Agent ids in order.</param>
/// <param name="MaxSteps">Market intervals per episode.</param>
/// <param name="TicksPerStep">Ticks (seconds) per market interval.</param>
public sealed record SessionInfo(string Id, string ScenarioName, IReadOnlyList<string> AgentIds, int MaxSteps, long TicksPerStep);
