using System.Globalization;
using EnergyCoSim.Contracts.V1;

namespace EnergyCoSim.Client;

/// <summary>
/// Checks a solver's <see cref="SolveResponse"/> against the buses and branches a <see cref="RemoteGridComponent"/>
/// declares and copies it into the component's output arrays. A wrong answer is an error naming the bus or branch, the
/// field and the value: a missing or garbled value must never reach the DSO as 0 (an idle limit) or NaN. Public so
/// other hosts of a remote solver (gRPC sessions) hold its answers to the same rules.
/// </summary>
public static class RemoteGridResponseReader
{
    /// <summary>Outputs per branch, in reference order: variable suffix, unit, description.</summary>
    public static readonly (string Suffix, string Unit, string Description)[] BranchOutputs =
    [
        ("loading_pct", "%", "loading relative to the rating (0 when unrated)"),
        ("p_from_kw", "kW", "active power entering at the from end"),
        ("q_from_kvar", "kvar", "reactive power entering at the from end"),
        ("p_to_kw", "kW", "active power entering at the to end"),
        ("q_to_kvar", "kvar", "reactive power entering at the to end"),
        ("loss_kw", "kW", "active losses"),
    ];

    private const int MaxListed = 5;

    /// <summary>
    /// Fills <paramref name="voltages"/> (per bus) and <paramref name="branches"/> (<see cref="BranchOutputs"/> per
    /// branch) from <paramref name="response"/>; returns null, or why the response is unusable (outputs then partly written).
    /// </summary>
    public static string? Read(SolveResponse response, IReadOnlyList<string> buses, IReadOnlyDictionary<string, int> busIndex, IReadOnlyList<string> branchIds, IReadOnlyDictionary<string, int> branchIndex, double[] voltages, double[] branches)
    {
        if (!double.IsFinite(response.TotalLossesKw))
        {
            return $"total_losses_kw = {Render(response.TotalLossesKw)} is not finite";
        }

        var seen = new bool[buses.Count];
        foreach (var v in response.Voltages)
        {
            if (!busIndex.TryGetValue(v.BusId, out var k))
            {
                return $"voltage of unknown bus '{v.BusId}' (the component's buses are the feeder's)";
            }

            if (!double.IsFinite(v.MagnitudePu) || v.MagnitudePu < 0)
            {
                return $"bus '{v.BusId}' magnitude_pu = {Render(v.MagnitudePu)} is not a finite magnitude >= 0";
            }

            voltages[k] = v.MagnitudePu;
            seen[k] = true;
        }

        var missing = Missing(buses, seen);
        if (missing is not null)
        {
            return $"no voltage for bus {missing}";
        }

        if (branchIds.Count > 0 && response.Branches.Count == 0)
        {
            // An older, voltages-only solver: refused rather than reported as unloaded branches, which would leave the DSO's loading limit idle.
            return $"no branch flows (SolveResponse.branches is empty) but the feeder has {branchIds.Count} branches whose loadings feed the DSO's loading limit; the solver must send a BranchFlow per branch id of DescribeGrid";
        }

        seen = new bool[branchIds.Count];
        foreach (var b in response.Branches)
        {
            if (!branchIndex.TryGetValue(b.BranchId, out var k))
            {
                return $"flow of unknown branch '{b.BranchId}' (branch ids are the feeder's, e.g. '{(branchIds.Count > 0 ? branchIds[0] : "none")}')";
            }

            if (seen[k])
            {
                return $"branch '{b.BranchId}' twice";
            }

            var reason = Check(b, "loading", b.Loading, mustBeNonNegative: true) ?? Check(b, "p_from_kw", b.PFromKw) ?? Check(b, "q_from_kvar", b.QFromKvar)
                ?? Check(b, "p_to_kw", b.PToKw) ?? Check(b, "q_to_kvar", b.QToKvar) ?? Check(b, "loss_kw", b.LossKw);
            if (reason is not null)
            {
                return reason;
            }

            var o = BranchOutputs.Length * k;
            (branches[o], branches[o + 1], branches[o + 2], branches[o + 3], branches[o + 4], branches[o + 5]) = (b.Loading * 100, b.PFromKw, b.QFromKvar, b.PToKw, b.QToKvar, b.LossKw);
            seen[k] = true;
        }

        missing = Missing(branchIds, seen);
        return missing is null ? null : $"no flow for branch {missing}";
    }

    /// <summary>Null when the solver's declared branches are the component's (or it declares none), else what differs.</summary>
    public static string? CompareDeclaredBranches(IReadOnlyCollection<string> declared, IReadOnlyList<string> branchIds)
    {
        if (declared.Count == 0)
        {
            return null;
        }

        var expected = branchIds.ToHashSet(StringComparer.Ordinal);
        var unknown = declared.Where(d => !expected.Contains(d)).ToArray();
        var absent = branchIds.Except(declared, StringComparer.Ordinal).ToArray();
        return unknown.Length == 0 && absent.Length == 0 ? null
            : $"DescribeGrid branch_ids differ from the feeder's branches: unknown {List(unknown)}; missing {List(absent)}";
    }

    private static string? Check(BranchFlow b, string field, double value, bool mustBeNonNegative = false) =>
        !double.IsFinite(value) ? $"branch '{b.BranchId}' {field} = {Render(value)} is not finite"
        : mustBeNonNegative && value < 0 ? $"branch '{b.BranchId}' {field} = {Render(value)} is negative (a fraction of the rating, 0 when unrated)"
        : null;

    private static string? Missing(IReadOnlyList<string> ids, bool[] seen)
    {
        var missing = ids.Where((_, k) => !seen[k]).ToArray();
        return missing.Length == 0 ? null : List(missing);
    }

    private static string List(IReadOnlyCollection<string> ids) =>
        ids.Count == 0 ? "none"
        : string.Join(", ", ids.Take(MaxListed).Select(i => $"'{i}'")) + (ids.Count > MaxListed ? string.Create(CultureInfo.InvariantCulture, $" and {ids.Count - MaxListed} more") : string.Empty);

    private static string Render(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
