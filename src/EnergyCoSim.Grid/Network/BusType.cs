namespace EnergyCoSim.Grid.Network;

/// <summary>Role of a bus in the power flow (MATPOWER codes: PQ = 1, PV = 2, slack = 3).</summary>
public enum BusType
{
    /// <summary>Load bus: P and Q given, V and angle solved.</summary>
    PQ = 1,

    /// <summary>Voltage-controlled bus: P and |V| given, Q and angle solved (Q limits not enforced).</summary>
    PV = 2,

    /// <summary>Slack (reference) bus: |V| and angle given, P and Q solved.</summary>
    Slack = 3,
}
