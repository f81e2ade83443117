using System.Globalization;
using EnergyCoSim.Client;
using EnergyCoSim.Composition;
using EnergyCoSim.Contracts.V1;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Grid.Feeders;
using EnergyCoSim.Master;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Running;
using EnergyCoSim.Simulation.Scenarios;
using Grpc.Core;
using M = EnergyCoSim.Simulation.Components.MarketVariableNames;

namespace EnergyCoSim.Service.Tests.Functional;

/// <summary><c>cosim.power_flow.solver: remote</c>: the coupled run and gRPC sessions reach an external GridSolver.</summary>
public sealed class RemoteGridScenarioTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    private const int Steps = 4;

    [Fact]
    public async Task Build_RemoteSolverSetting_GivesTheVoltagesAndTradesOfADirectRemoteWiring()
    {
        await using var host = await SolverHost.StartAsync(TimeSpan.Zero, BranchIds());
        var doc = Scenario($"solver: remote\n    address: {host.Address}\n    deadline_ms: 5000");
        using var fromScenario = CosimScenario.Build(doc, Steps, remoteGrid: Factory);
        using var direct = DirectWiring(doc, new RemoteGridComponent(MarketGridCoupling.GridName, new RemoteGridSolver(new Uri(host.Address), TimeSpan.FromSeconds(5)), BusIds(), "bus_", BranchIds(), "branch_"));

        var a = await fromScenario.RunAsync();
        var b = await direct.RunAsync();

        Assert.True(a.Succeeded, a.Failure?.ToString());
        Assert.True(b.Succeeded, b.Failure?.ToString());
        Assert.True(fromScenario.IsRemoteGrid);
        Assert.Equal(Steps, fromScenario.Recorder.Records.Count);
        Assert.Equal(direct.Recorder.Records.Select(r => r.VoltagesPu), fromScenario.Recorder.Records.Select(r => r.VoltagesPu));
        Assert.Equal(direct.Market.Environment.MarketHistory.SelectMany(r => r.Trades), fromScenario.Market.Environment.MarketHistory.SelectMany(r => r.Trades));
        Assert.Equal(direct.Market.Environment.MarketHistory.Select(r => r.ClearingPrice), fromScenario.Market.Environment.MarketHistory.Select(r => r.ClearingPrice));
        Assert.Equal(direct.Market.Environment.AgentHistory, fromScenario.Market.Environment.AgentHistory);

        // The test solver puts each bus at 1 + 0.001 pu per kW injected: check one agent bus against the market's output.
        var bus = fromScenario.BusOfAgent["community_storage"];
        var p = Read(fromScenario.Market, M.Bus(bus.ToString(CultureInfo.InvariantCulture), M.PKw));
        var v = fromScenario.Recorder.Records[^1].VoltagesPu[Index(fromScenario, bus)];
        Assert.Equal(1 + (0.001 * p), v, 12);
    }

    [Fact]
    public void Build_BadRemoteSolverValues_ListsEveryFieldViolation()
    {
        var doc = Scenario("solver: remote\n    address: ftp://solver:21\n    deadline_ms: 0");

        var ex = Assert.Throws<ValidationException>(() => CosimScenario.Build(doc, Steps, remoteGrid: Factory));

        Assert.Contains(ex.Violations, v => v.Field == "cosim.power_flow.address" && v.Value == "ftp://solver:21");
        Assert.Contains(ex.Violations, v => v.Field == "cosim.power_flow.deadline_ms" && v.Value == "0" && v.Description.Contains("[1, 600000]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("solver: grpc", "cosim.power_flow.solver")]
    [InlineData("solver: remote", "cosim.power_flow.address")]
    [InlineData("address: http://127.0.0.1:1", "cosim.power_flow.address")]
    public void Build_InconsistentSolverSetting_NamesTheField(string setting, string field)
    {
        var ex = Assert.Throws<ValidationException>(() => CosimScenario.Build(Scenario(setting), Steps, remoteGrid: Factory));

        Assert.Contains(ex.Violations, v => v.Field == field);
    }

    [Fact]
    public async Task Run_SlowRemoteSolver_StopsWithARejectedStepNamingTheDeadline()
    {
        await using var host = await SolverHost.StartAsync(TimeSpan.FromSeconds(2));
        using var run = CosimScenario.Build(Scenario($"solver: remote\n    address: {host.Address}\n    deadline_ms: 50"), Steps, remoteGrid: Factory);

        var report = await run.RunAsync();

        Assert.False(report.Succeeded);
        Assert.Equal(FailureKind.StepRejected, report.Failure!.Kind);
        Assert.Equal(MarketGridCoupling.GridName, report.Failure.Component);
        Assert.Contains("deadline of 50 ms", report.Failure.Reason, StringComparison.Ordinal);
        Assert.Empty(run.Recorder.Records);
    }

    [Fact]
    public async Task Run_SolverSendingANaNLoading_FailsNamingTheBranchFieldAndValue()
    {
        var branches = BranchIds();
        await using var host = await SolverHost.StartAsync(new ScriptedGridSolver(request =>
        {
            var response = new SolveResponse { Converged = true };
            response.Voltages.AddRange(request.Injections.Select(i => new BusVoltage { BusId = i.BusId, MagnitudePu = 1 }));
            response.Branches.AddRange(branches.Select(b => new BranchFlow { BranchId = b, Loading = b == "846_848" ? double.NaN : 0 }));
            return response;
        }));
        using var run = CosimScenario.Build(Scenario($"solver: remote\n    address: {host.Address}"), Steps, remoteGrid: Factory);

        var report = await run.RunAsync();

        Assert.False(report.Succeeded);
        Assert.Equal(FailureKind.ComponentFailed, report.Failure!.Kind);
        Assert.Equal(MarketGridCoupling.GridName, report.Failure.Component);
        Assert.Contains("branch '846_848' loading = NaN is not finite", report.Failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_VoltagesOnlySolver_IsRefusedRatherThanLeavingTheLoadingLimitIdle()
    {
        await using var host = await SolverHost.StartAsync(TimeSpan.Zero);
        using var run = CosimScenario.Build(Scenario($"solver: remote\n    address: {host.Address}"), Steps, remoteGrid: Factory);

        var report = await run.RunAsync();

        Assert.False(report.Succeeded);
        Assert.Equal(FailureKind.ComponentFailed, report.Failure!.Kind);
        Assert.Contains($"no branch flows (SolveResponse.branches is empty) but the feeder has {BranchIds().Count} branches", report.Failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateSession_ScenarioWithRemoteSolver_CallsItEveryStepWithTheFeedersBuses()
    {
        await using var host = await SolverHost.StartAsync(TimeSpan.Zero, BranchIds());
        var yaml = ScenarioText($"solver: remote\n    address: {host.Address}");
        var created = await fixture.Sessions.CreateSessionAsync(new CreateSessionRequest { ScenarioYaml = yaml });
        await fixture.Sessions.InitializeAsync(new InitializeRequest { SessionId = created.SessionId });

        var step = await fixture.Sessions.StepAsync(new StepRequest { SessionId = created.SessionId, IncludeAgents = true });

        Assert.NotNull(step.Grid);
        Assert.True(step.Grid.Converged);
        Assert.Equal(1, host.Solver.Calls);
        Assert.Equal(BusIds(), step.Grid.Buses.Select(b => b.BusId));
        Assert.Equal(BranchIds(), step.Grid.Branches.Select(b => b.BranchId));
        var lowest = step.Grid.Buses.MinBy(b => b.VoltagePu)!;
        Assert.Equal((lowest.BusId, lowest.VoltagePu), (step.Grid.MinVoltageBus, step.Grid.MinVoltagePu));
    }

    [Fact]
    public async Task CreateSession_ScenarioWithBadDeadline_IsInvalidArgumentWithTheFieldPath()
    {
        var yaml = ScenarioText("solver: remote\n    address: http://127.0.0.1:1\n    deadline_ms: 900000");

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await fixture.Sessions.CreateSessionAsync(new CreateSessionRequest { ScenarioYaml = yaml }));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains(ex.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations, v => v.Field == "cosim.power_flow.deadline_ms");
    }

    private static ICoSimComponent Factory(string name, Uri address, TimeSpan deadline, IReadOnlyList<int> buses, IReadOnlyList<string> branches, IReadOnlyList<bool> branchInService) =>
        new RemoteGridComponent(name, new RemoteGridSolver(address, deadline), buses.Select(b => b.ToString(CultureInfo.InvariantCulture)).ToArray(), "bus_", branches, "branch_", branchInService);

    private static IReadOnlyList<string> BranchIds() => MarketGridCoupling.RemoteBranchIds(BuiltInFeeders.Load("ieee34"));

    private static CoupledRun DirectWiring(ScenarioDocument doc, ICoSimComponent grid)
    {
        var compiled = ScenarioCompiler.Compile(doc);
        var feeder = BuiltInFeeders.Load("ieee34");
        var placement = MarketGridCoupling.DefaultPlacement(compiled, feeder).ToDictionary(k => k.Key, k => k.Value, StringComparer.Ordinal);
        placement["community_storage"] = 890;
        placement["storage_heavy"] = 848;
        var g = doc.Cosim!.GridOperator;
        var options = new CoupledRunOptions(20, 0.01, new Simulation.Coupling.GridOperatorOptions(g.VMinPu, g.VMaxPu, g.MarginPu, g.RelaxBandPu, g.LoadingLimitPct), Steps);
        return MarketGridCoupling.Build(compiled, StrategyCatalog.Create(doc.Strategy), feeder, placement, options, remoteGrid: grid);
    }

    private static string[] BusIds() => BuiltInFeeders.Load("ieee34").Buses.Select(b => b.Id.ToString(CultureInfo.InvariantCulture)).ToArray();

    private static int Index(CoupledRun run, int bus) => run.Feeder.Buses.Select((b, i) => (b.Id, i)).First(x => x.Id == bus).i;

    private static double Read(ICoSimComponent c, string name)
    {
        var values = new double[1];
        c.GetReal([c.Description.GetVariable(name).Reference], values);
        return values[0];
    }

    private static ScenarioDocument Scenario(string solverSetting) => ScenarioLoader.ParseAndValidate(ScenarioText(solverSetting));

    private static string ScenarioText(string solverSetting) =>
        File.ReadAllText(Path.Combine(ServiceFixture.ExamplesDirectory, "cosim-case5-ieee34", "case5_ieee34.yaml"))
            .Replace("    load_scale: 1.0\n", $"    load_scale: 1.0\n    {solverSetting}\n", StringComparison.Ordinal);
}
