using System.Globalization;
using EnergyCoSim.Client;
using EnergyCoSim.Composition;
using EnergyCoSim.Contracts.V1;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Grid.Components;
using EnergyCoSim.Grid.Feeders;
using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.Service.Tests.Functional;

/// <summary>
/// Scheduled line outages with a remote solver: the <c>in_service</c> inputs travel as
/// <c>SolveRequest.out_of_service_branch_ids</c>; the reference is the embedded power flow with the same event.
/// </summary>
public sealed class RemoteGridOutageTests
{
    private const int Steps = 4;

    private const string Outage = """
          events:
            - { at_interval: 2, target: grid.branch_846_848.in_service, value: 0, label: "line 846-848 out" }
            - { at_interval: 3, target: grid.branch_846_848.in_service, value: 1, label: "line 846-848 back" }
        """;

    [Fact]
    public async Task RunAsync_RemoteSolverWithOutageEvent_SendsTheBranchAndMatchesTheEmbeddedRun()
    {
        var feeder = BuiltInFeeders.Load(BuiltInFeeders.Ieee34);
        var recording = new RecordingGridSolver(new EmbeddedGridSolver(feeder));
        await using var host = await SolverHost.StartAsync(recording);
        using var embedded = CosimScenario.Build(Scenario(null));
        using var remote = CosimScenario.Build(Scenario(host.Address), remoteGrid: Factory);

        var a = await embedded.RunAsync();
        var b = await remote.RunAsync();

        Assert.True(a.Succeeded, a.Failure?.ToString());
        Assert.True(b.Succeeded, b.Failure?.ToString());
        Assert.All(recording.Requests, r => Assert.Equal(r.Step == 2 ? ["846_848"] : [], r.OutOfServiceBranchIds));
        Assert.Contains(recording.Requests, r => r.Step == 2);
        var bus848 = feeder.Buses.Select(x => x.Id).ToList().IndexOf(848);
        Assert.Equal(0, embedded.Recorder.Records[2].VoltagesPu[bus848]);
        Assert.Equal(0, remote.Recorder.Records[2].VoltagesPu[bus848]);
        Assert.Equal(Steps, remote.Recorder.Records.Count);
        for (var s = 0; s < Steps; s++)
        {
            var (e, r) = (embedded.Recorder.Records[s], remote.Recorder.Records[s]);
            Assert.Equal(e.VoltagesPu.Count, r.VoltagesPu.Count);
            for (var k = 0; k < e.VoltagesPu.Count; k++)
            {
                Assert.Equal(e.VoltagesPu[k], r.VoltagesPu[k], 9);
            }

            for (var k = 0; k < e.LoadingsPct.Count; k++)
            {
                Assert.Equal(e.LoadingsPct[k], r.LoadingsPct[k], 9);
            }

            Assert.Equal(e.VMinPu, r.VMinPu, 9);
            Assert.Equal(e.VMaxPu, r.VMaxPu, 9);
            Assert.Equal(e.WorstBus, r.WorstBus);
            Assert.Equal(e.LossesKw, r.LossesKw, 6);
            Assert.Equal((e.Iterations, e.Violations), (r.Iterations, r.Violations));
            Assert.Equal(e.CurtailedKwh, r.CurtailedKwh, 6);
            Assert.Equal(e.ClearingPrice, r.ClearingPrice, 9);
        }
    }

    [Theory]
    [InlineData(0.5, "0.5", "must be 0 (out of service) or 1 (in service)")]
    [InlineData(double.NaN, "NaN", "must be finite")]
    public void SetReal_InServiceNeitherZeroNorOne_IsRejectedNamingTheVariableAndValue(double value, string rendered, string reason)
    {
        using var component = new RemoteGridComponent("grid", new RemoteGridSolver(new Uri("http://127.0.0.1:1"), TimeSpan.FromSeconds(1)), ["b1", "b2"], "bus_", ["b1_b2"], "branch_");
        var reference = component.Description.GetVariable("branch_b1_b2.in_service").Reference;

        var ex = Assert.Throws<ValidationException>(() => component.SetReal([reference], [value]));

        Assert.Contains("grid.branch_b1_b2.in_service", ex.Message, StringComparison.Ordinal);
        Assert.Contains(rendered, ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, Read(component, reference));

        // The embedded power flow refuses the same value for the same reason.
        using var embedded = new PowerFlowComponent("grid", BuiltInFeeders.Load(BuiltInFeeders.Ieee34));
        embedded.Setup(SimulationTime.Zero, null, TimeResolution.Second);
        var embeddedEx = Assert.Throws<ValidationException>(() => embedded.SetReal([embedded.Description.GetVariable("branch_846_848.in_service").Reference], [value]));
        Assert.Contains(reason, embeddedEx.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SetReal_NonFiniteInjectionInABatch_IsRejectedNamingItAndNothingIsApplied()
    {
        using var component = new RemoteGridComponent("grid", new RemoteGridSolver(new Uri("http://127.0.0.1:1"), TimeSpan.FromSeconds(1)), ["b1", "b2"], "bus_", ["b1_b2"], "branch_");
        var p1 = component.Description.GetVariable("bus_b1.p_kw").Reference;
        var q2 = component.Description.GetVariable("bus_b2.q_kvar").Reference;
        var outage = component.Description.GetVariable("branch_b1_b2.in_service").Reference;

        var ex = Assert.Throws<ValidationException>(() => component.SetReal([p1, outage, q2], [5.0, 0.0, double.PositiveInfinity]));

        Assert.Contains("grid.bus_b2.q_kvar", ex.Message, StringComparison.Ordinal);
        Assert.Contains("must be finite", ex.Message, StringComparison.Ordinal);
        Assert.Equal([0.0, 1.0, 0.0], [Read(component, p1), Read(component, outage), Read(component, q2)]);
    }

    [Fact]
    public void Description_InServiceInputs_StartAtTheCasesFlagsAsTheEmbeddedComponent()
    {
        using var component = new RemoteGridComponent("grid", new RemoteGridSolver(new Uri("http://127.0.0.1:1"), TimeSpan.FromSeconds(1)), ["b1", "b2"], "bus_", ["b0_b1", "b1_b2"], "branch_", [true, false]);

        var on = component.Description.GetVariable("branch_b0_b1.in_service");
        var off = component.Description.GetVariable("branch_b1_b2.in_service");

        Assert.Equal((VariableCausality.Input, VariableType.Real, "1", 1.0), (on.Causality, on.Type, on.Unit, on.StartReal));
        Assert.Equal(0.0, off.StartReal);
        Assert.Equal([1.0, 0.0], [Read(component, on.Reference), Read(component, off.Reference)]);
    }

    [Fact]
    public async Task StepAsync_BaranWuOptimalReconfigurationThroughTheRemoteSolver_GivesThePublishedLosses()
    {
        // Shirmohammadi & Hong (1989) / Goswami & Basu (1992): opening 7-8, 9-10, 14-15, 32-33 and closing the ties
        // 21-8, 9-15, 12-22, 18-33 (open in the case) brings the losses from 202.7 kW to 139.55 kW, V_min 0.9378 pu at bus 32.
        var feeder = BuiltInFeeders.Load(BuiltInFeeders.BaranWu33);
        var solver = new RecordingGridSolver(new EmbeddedGridSolver(feeder));
        await using var host = await SolverHost.StartAsync(solver);
        using var component = new RemoteGridComponent(
            "grid",
            new RemoteGridSolver(new Uri(host.Address), TimeSpan.FromSeconds(5)),
            [.. feeder.Buses.Select(b => b.Id.ToString(CultureInfo.InvariantCulture))],
            "bus_",
            MarketGridCoupling.RemoteBranchIds(feeder),
            "branch_",
            [.. feeder.Branches.Select(b => b.InService)]);
        component.Setup(SimulationTime.Zero, null, TimeResolution.Second);
        foreach (var (branch, value) in new[] { ("7_8", 0.0), ("9_10", 0), ("14_15", 0), ("32_33", 0), ("21_8", 1), ("9_15", 1), ("12_22", 1), ("18_33", 1) })
        {
            component.SetReal([component.Description.GetVariable($"branch_{branch}.in_service").Reference], [value]);
        }

        var result = await component.StepAsync(SimulationTime.Zero, new SimulationDuration(3600), CancellationToken.None);

        Assert.Equal(StepOutcome.Accepted, result.Outcome);
        // Tie 25-29 stays open as in the case: it is in the outage set, and only the closed ties are sent as in service.
        Assert.Equal(new[] { "7_8", "9_10", "14_15", "32_33", "25_29" }.Order(StringComparer.Ordinal), solver.Requests[0].OutOfServiceBranchIds.Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "21_8", "9_15", "12_22", "18_33" }.Order(StringComparer.Ordinal), solver.Requests[0].InServiceBranchIds.Order(StringComparer.Ordinal));
        Assert.Equal(139.55, Read(component, component.Description.GetVariable("total_losses_kw").Reference), 0.1);
        Assert.Equal(0.9378, Read(component, component.Description.GetVariable("bus_32.v_pu").Reference), 0.0005);
    }

    [Fact]
    public async Task RestoreState_AfterAnOutage_RestoresTheInputAndTheNextSolveSendsNoOutage()
    {
        var requests = new List<SolveRequest>();
        await using var host = await SolverHost.StartAsync(new ScriptedGridSolver(request =>
        {
            requests.Add(request.Clone());
            var response = new SolveResponse { Converged = true, Iterations = 1 };
            response.Voltages.Add(new BusVoltage { BusId = "b1", MagnitudePu = 1 });
            response.Voltages.Add(new BusVoltage { BusId = "b2", MagnitudePu = request.OutOfServiceBranchIds.Count > 0 ? 0 : 0.99 });
            response.Branches.Add(new BranchFlow { BranchId = "b0_b1", PFromKw = 5, PToKw = -5 });
            response.Branches.Add(new BranchFlow { BranchId = "b1_b2", PFromKw = request.OutOfServiceBranchIds.Count > 0 ? 0 : 3, Loading = request.OutOfServiceBranchIds.Count > 0 ? 0 : 0.25 });
            return response;
        }));
        using var component = new RemoteGridComponent("grid", new RemoteGridSolver(new Uri(host.Address), TimeSpan.FromSeconds(5)), ["b1", "b2"], "bus_", ["b0_b1", "b1_b2"], "branch_");
        component.Setup(SimulationTime.Zero, null, TimeResolution.Second);
        var reference = component.Description.GetVariable("branch_b1_b2.in_service").Reference;
        var v2 = component.Description.GetVariable("bus_b2.v_pu").Reference;
        var saved = component.SaveState();

        component.SetReal([reference], [0]);
        var outage = await component.StepAsync(SimulationTime.Zero, new SimulationDuration(1), CancellationToken.None);
        var darkVoltage = Read(component, v2);
        component.RestoreState(saved);
        var inServiceAfterRollback = Read(component, reference);
        var again = await component.StepAsync(SimulationTime.Zero, new SimulationDuration(1), CancellationToken.None);

        Assert.Equal((StepOutcome.Accepted, StepOutcome.Accepted), (outage.Outcome, again.Outcome));
        Assert.Equal(["b1_b2"], requests[0].OutOfServiceBranchIds);
        Assert.Equal(0, darkVoltage);
        Assert.Equal(1, inServiceAfterRollback);
        Assert.Empty(requests[1].OutOfServiceBranchIds);
        Assert.Equal(requests[0].Step, requests[1].Step);
        Assert.Equal(0.99, Read(component, v2));
    }

    [Fact]
    public async Task StepAsync_SolverIgnoringTheOutage_FailsNamingTheBranch()
    {
        await using var host = await SolverHost.StartAsync(new ScriptedGridSolver(_ =>
        {
            var response = new SolveResponse { Converged = true, Iterations = 1 };
            response.Voltages.Add(new BusVoltage { BusId = "b1", MagnitudePu = 1 });
            response.Branches.Add(new BranchFlow { BranchId = "b0_b1", PFromKw = 5, PToKw = -5, Loading = 0.1 });
            return response;
        }));
        using var component = new RemoteGridComponent("grid", new RemoteGridSolver(new Uri(host.Address), TimeSpan.FromSeconds(5)), ["b1"], "bus_", ["b0_b1"], "branch_");
        component.Setup(SimulationTime.Zero, null, TimeResolution.Second);
        component.SetReal([component.Description.GetVariable("branch_b0_b1.in_service").Reference], [0]);

        var result = await component.StepAsync(SimulationTime.Zero, new SimulationDuration(1), CancellationToken.None);

        Assert.Equal(StepOutcome.Failed, result.Outcome);
        Assert.Contains("branch 'b0_b1' loading_pct = 10 although it was sent out of service", result.Message, StringComparison.Ordinal);
    }

    private static double Read(ICoSimComponent component, uint reference)
    {
        var values = new double[1];
        component.GetReal([reference], values);
        return values[0];
    }

    private static ICoSimComponent Factory(string name, Uri address, TimeSpan deadline, IReadOnlyList<int> buses, IReadOnlyList<string> branches, IReadOnlyList<bool> branchInService) =>
        new RemoteGridComponent(name, new RemoteGridSolver(address, deadline), buses.Select(b => b.ToString(CultureInfo.InvariantCulture)).ToArray(), "bus_", branches, "branch_", branchInService);

    private static ScenarioDocument Scenario(string? solverAddress)
    {
        var yaml = File.ReadAllText(Path.Combine(ServiceFixture.ExamplesDirectory, "cosim-case5-ieee34", "case5_ieee34.yaml"))
            .Replace("max_iterations: 20, tolerance_kw: 0.01", $"max_iterations: 20, tolerance_kw: 0.01, steps: {Steps}", StringComparison.Ordinal);
        if (solverAddress is not null)
        {
            yaml = yaml.Replace("    feeder: ieee34\n    load_scale: 1.0\n", $"    feeder: ieee34\n    load_scale: 1.0\n    solver: remote\n    address: {solverAddress}\n    deadline_ms: 30000\n", StringComparison.Ordinal);
            Assert.Contains("solver: remote", yaml, StringComparison.Ordinal);
        }

        return ScenarioLoader.ParseAndValidate(yaml + Outage);
    }
}
