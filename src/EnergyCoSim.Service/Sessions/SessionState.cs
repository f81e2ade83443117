namespace EnergyCoSim.Service.Sessions;

/// <summary>Lifecycle of a session: Created → Initialized → Running → Done, and Closed from any state.</summary>
public enum SessionState
{
    /// <summary>Scenario compiled; no episode yet.</summary>
    Created,

    /// <summary>Episode reset; no step taken.</summary>
    Initialized,

    /// <summary>At least one step taken; the episode continues.</summary>
    Running,

    /// <summary>The episode ended.</summary>
    Done,

    /// <summary>Closed by the client; every further call fails.</summary>
    Closed,
}
