namespace EnergyCoSim.Grid.Components;

/// <summary>Variable names of <see cref="PowerFlowComponent"/>: <c>bus_&lt;id&gt;.*</c>, <c>branch_&lt;from&gt;_&lt;to&gt;.*</c> and totals.</summary>
public static class PowerFlowVariableNames
{
    /// <summary>Input, kW: net active injection at a bus on top of the case's loads (+ = into the grid).</summary>
    public const string PKw = "p_kw";

    /// <summary>Input, kvar: net reactive injection at a bus (+ = into the grid).</summary>
    public const string QKvar = "q_kvar";

    /// <summary>Output, pu: voltage magnitude at a bus.</summary>
    public const string VPu = "v_pu";

    /// <summary>Output, %: branch loading relative to its rating (0 when unrated).</summary>
    public const string LoadingPct = "loading_pct";

    /// <summary>Input, 1: factor on every case load (1 = as in the case).</summary>
    public const string LoadScale = "load_scale";

    /// <summary>Output, kW: active losses of the network.</summary>
    public const string LossesKw = "losses_kw";

    /// <summary>Output, kvar: reactive losses of the network.</summary>
    public const string LossesKvar = "losses_kvar";

    /// <summary>Output, pu: lowest bus voltage.</summary>
    public const string VMinPu = "v_min_pu";

    /// <summary>Output, pu: highest bus voltage.</summary>
    public const string VMaxPu = "v_max_pu";

    /// <summary>Output, %: highest branch loading.</summary>
    public const string LoadingMaxPct = "loading_max_pct";

    /// <summary>Output, 1: 1 when the last solve converged, else 0.</summary>
    public const string Converged = "converged";

    /// <summary>Output, 1: Newton iterations of the last solve.</summary>
    public const string Iterations = "iterations";

    /// <summary>Prefix of every branch variable; the rest of the base name (<c>800_802</c>) is the branch id a remote solver uses.</summary>
    public const string BranchPrefix = "branch_";

    /// <summary>Branch input: 1 in service, 0 out of service.</summary>
    public const string InService = "in_service";

    /// <summary>The name of a bus variable, e.g. <c>bus_840.v_pu</c>.</summary>
    public static string Bus(int busId, string suffix) => "bus_" + busId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + suffix;

    /// <summary>The names of every case branch in case order (parallel branches get <c>_2</c>, <c>_3</c>).</summary>
    public static IReadOnlyList<string> BranchNames(Network.GridCase grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new string[grid.Branches.Count];
        for (var k = 0; k < names.Length; k++)
        {
            var b = grid.Branches[k];
            var baseName = Branch(b.From, b.To);
            var count = seen[baseName] = seen.GetValueOrDefault(baseName) + 1;
            names[k] = count == 1 ? baseName : FormattableString.Invariant($"{baseName}_{count}");
        }

        return names;
    }

    /// <summary>The base name of a branch (<c>branch_&lt;from&gt;_&lt;to&gt;</c>, with <c>_2</c>, <c>_3</c> for parallel branches).</summary>
    public static string Branch(int from, int to) => FormattableString.Invariant($"{BranchPrefix}{from}_{to}");
}
