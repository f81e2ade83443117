using System.Globalization;
using EnergyCoSim.Client;
using EnergyCoSim.Composition;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Grid.Feeders;
using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.Service.Tests.Functional;

/// <summary>
/// A remote solver on a rated feeder (the LV residential system) against the embedded power flow: the solver here
/// delegates to the embedded one, so the coupled run must give the embedded run's loadings and DSO actions.
/// </summary>
public sealed class RemoteGridLoadingTests
{
    private const int Steps = 6;

    [Fact]
    public async Task Run_RemoteSolverOnARatedFeeder_GivesTheEmbeddedSolversLoadings()
    {
        var (embedded, remote, calls) = await RunBothAsync(loadingLimitPct: 1000);

        Assert.Equal(Steps, remote.Count);
        Assert.True(calls >= Steps);
        Assert.True(embedded.Max(r => r.MaxLoadingPct) > 1, "the reference run should load the rated feeder");
        for (var s = 0; s < Steps; s++)
        {
            Assert.Equal(embedded[s].LoadingsPct.Count, remote[s].LoadingsPct.Count);
            for (var k = 0; k < embedded[s].LoadingsPct.Count; k++)
            {
                Assert.Equal(embedded[s].LoadingsPct[k], remote[s].LoadingsPct[k], 9);
            }

            Assert.Equal(embedded[s].MaxLoadingPct, remote[s].MaxLoadingPct, 9);
            Assert.Equal(embedded[s].LossesKw, remote[s].LossesKw, 9);
            Assert.Equal(embedded[s].Violations, remote[s].Violations);
        }
    }

    [Fact]
    public async Task Run_RemoteSolverAboveTheLoadingLimit_CurtailsExactlyAsTheEmbeddedSolver()
    {
        var (free, _, _) = await RunBothAsync(loadingLimitPct: 1000);
        var (embedded, remote, _) = await RunBothAsync(loadingLimitPct: LimitPct);

        // The reference run without a binding limit goes above it; with the limit its DSO curtails until it holds.
        Assert.Contains(free, r => r.MaxLoadingPct > LimitPct + 5);
        Assert.True(embedded.Sum(r => r.CurtailedKwh) > 10, "the loading limit should curtail in the reference run");
        Assert.All(embedded, r => Assert.True(r.MaxLoadingPct <= LimitPct, $"step {r.Step}: {r.MaxLoadingPct} %"));
        Assert.Equal(embedded.Select(r => r.Violations), remote.Select(r => r.Violations));
        Assert.Equal(embedded.Select(r => r.Iterations), remote.Select(r => r.Iterations));
        for (var s = 0; s < Steps; s++)
        {
            Assert.Equal(embedded[s].CurtailedKwh, remote[s].CurtailedKwh, 6);
            Assert.Equal(embedded[s].ClearingPrice, remote[s].ClearingPrice, 9);
            Assert.Equal(embedded[s].MaxLoadingPct, remote[s].MaxLoadingPct, 6);
            for (var k = 0; k < embedded[s].LoadingsPct.Count; k++)
            {
                Assert.Equal(embedded[s].LoadingsPct[k], remote[s].LoadingsPct[k], 6);
            }
        }
    }

    // Between the loadings of the unconstrained reference run's quiet and busy intervals (about 42 % and 53-63 %).
    private const double LimitPct = 45;

    private static async Task<(IReadOnlyList<CouplingStepRecord> Embedded, IReadOnlyList<CouplingStepRecord> Remote, int Calls)> RunBothAsync(double loadingLimitPct)
    {
        var feeder = BuiltInFeeders.Load(BuiltInFeeders.LvResidential);
        await using var host = await SolverHost.StartAsync(new EmbeddedGridSolver(feeder));
        using var embedded = CosimScenario.Build(Scenario(loadingLimitPct, null), Steps);
        using var remote = CosimScenario.Build(Scenario(loadingLimitPct, host.Address), Steps, remoteGrid: Factory);

        var a = await embedded.RunAsync();
        var b = await remote.RunAsync();

        Assert.True(a.Succeeded, a.Failure?.ToString());
        Assert.True(b.Succeeded, b.Failure?.ToString());
        Assert.False(embedded.IsRemoteGrid);
        Assert.True(remote.IsRemoteGrid);
        return (embedded.Recorder.Records, remote.Recorder.Records, ((EmbeddedGridSolver)host.Service).Calls);
    }

    private static ICoSimComponent Factory(string name, Uri address, TimeSpan deadline, IReadOnlyList<int> buses, IReadOnlyList<string> branches, IReadOnlyList<bool> branchInService) =>
        new RemoteGridComponent(name, new RemoteGridSolver(address, deadline), buses.Select(b => b.ToString(CultureInfo.InvariantCulture)).ToArray(), "bus_", branches, "branch_", branchInService);

    private static ScenarioDocument Scenario(double loadingLimitPct, string? solverAddress)
    {
        var text = File.ReadAllText(Path.Combine(ServiceFixture.ExamplesDirectory, "cosim-case5-ieee34", "case5_ieee34.yaml"));
        var solver = solverAddress is null ? string.Empty : $"    solver: remote\n    address: {solverAddress}\n    deadline_ms: 30000\n";
        text = Replace(text, "    feeder: ieee34\n    load_scale: 1.0\n", $"    feeder: lv-residential\n    load_scale: 1.0\n{solver}");
        text = Replace(text, "    buses:                       # agent -> feeder bus (others keep their IEEE 34 node)\n      community_storage: 890\n      storage_heavy: 848\n", string.Empty);
        text = Replace(text, "grid_operator: { v_min_pu: 0.90, v_max_pu: 1.05,", "grid_operator: { v_min_pu: 0.6, v_max_pu: 1.4,");
        text = Replace(text, "loading_limit_pct: 100 }", string.Create(CultureInfo.InvariantCulture, $"loading_limit_pct: {loadingLimitPct} }}"));
        return ScenarioLoader.ParseAndValidate(text);
    }

    private static string Replace(string text, string old, string replacement) =>
        text.Contains(old, StringComparison.Ordinal) ? text.Replace(old, replacement, StringComparison.Ordinal) : throw new InvalidOperationException($"the example no longer contains '{old}'");
}
