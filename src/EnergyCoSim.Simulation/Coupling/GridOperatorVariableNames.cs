namespace EnergyCoSim.Simulation.Coupling;

/// <summary>Names of the totals of <see cref="GridOperatorComponent"/> (per-agent limits use the market's names).</summary>
public static class GridOperatorVariableNames
{
    /// <summary>Output, 1: voltage and loading violations seen in the last sweep.</summary>
    public const string Violations = "violations";

    /// <summary>Output, kW: the reduction of agents' limits asked in the last sweep.</summary>
    public const string CurtailmentKw = "curtailment_kw";

    /// <summary>Output, pu: largest distance of a voltage outside the band (0 when inside).</summary>
    public const string VoltageExcessPu = "voltage_excess_pu";

    /// <summary>Output, %: largest branch loading above the limit (0 when none).</summary>
    public const string LoadingExcessPct = "loading_excess_pct";
}
