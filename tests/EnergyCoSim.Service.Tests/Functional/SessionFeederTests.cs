using System.Globalization;
using EnergyCoSim.Composition;
using EnergyCoSim.Contracts.V1;
using EnergyCoSim.Grid.Feeders;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Scenarios;
using Grpc.Core;

namespace EnergyCoSim.Service.Tests.Functional;

/// <summary>A session whose scenario has a <c>cosim</c> section sends its remote solver the feeder, agents placed as the cosim path places them.</summary>
public sealed class SessionFeederTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    private static readonly string ScenarioPath = Path.Combine(ServiceFixture.ExamplesDirectory, "cosim-case5-ieee34", "case5_ieee34.yaml");

    [Fact]
    public async Task Step_CosimScenario_SendsEveryFeederBusWithTheAgentsSummedAtTheirPlacedBuses()
    {
        var feeder = BuiltInFeeders.Load("ieee34");
        var solver = new RecordingGridSolver(new EmbeddedGridSolver(feeder));
        await using var host = await SolverHost.StartAsync(solver);
        var id = await CreateAsync(File.ReadAllText(ScenarioPath), host.Address);

        var step = await fixture.Sessions.StepAsync(new StepRequest { SessionId = id, IncludeAgents = true });

        // Placement computed here from the cosim path's parts: the default placement, then the file's buses.
        var doc = ScenarioLoader.ParseAndValidate(File.ReadAllText(ScenarioPath));
        var placement = MarketGridCoupling.DefaultPlacement(ScenarioCompiler.Compile(doc), feeder).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        placement["community_storage"] = 890;
        placement["storage_heavy"] = 848;
        var hours = doc.MarketInterval.TotalHours;
        var request = Assert.Single(solver.Requests);
        Assert.Equal(feeder.Buses.Select(b => b.Id.ToString(CultureInfo.InvariantCulture)), request.Injections.Select(i => i.BusId));
        Assert.Contains(step.Agents, a => a.SoldKwh != a.BoughtKwh);
        foreach (var (bus, injection) in feeder.Buses.Zip(request.Injections))
        {
            var expected = step.Agents.Where(a => placement[a.AgentId] == bus.Id).Sum(a => (a.SoldKwh - a.BoughtKwh) / hours);
            Assert.Equal(expected, injection.PKw, 9);
            Assert.Equal(0, injection.QKvar);
        }
    }

    [Fact]
    public async Task Step_CosimScenario_ReportsTheSolversBranchesAndBusesInCaseOrder()
    {
        var feeder = BuiltInFeeders.Load("ieee34");
        var solver = new RecordingGridSolver(new EmbeddedGridSolver(feeder));
        await using var host = await SolverHost.StartAsync(solver);
        var id = await CreateAsync(File.ReadAllText(ScenarioPath), host.Address);

        var step = await fixture.Sessions.StepAsync(new StepRequest { SessionId = id });

        var answer = Assert.Single(solver.Responses);
        var expected = answer.Branches.Select(b => new GridBranchResult { BranchId = b.BranchId, LoadingPct = b.Loading * 100, PFromKw = b.PFromKw, QFromKvar = b.QFromKvar, PToKw = b.PToKw, QToKvar = b.QToKvar, LossKw = b.LossKw });
        Assert.True(step.Grid.Converged);
        Assert.Equal(MarketGridCoupling.RemoteBranchIds(feeder), step.Grid.Branches.Select(b => b.BranchId));
        Assert.Equal(expected, step.Grid.Branches);
        Assert.Equal(answer.Voltages.Select(v => (v.BusId, v.MagnitudePu)), step.Grid.Buses.Select(b => (b.BusId, b.VoltagePu)));
        Assert.Equal(answer.Branches.Max(b => b.Loading), step.Grid.MaxLineLoading);
        Assert.Equal(answer.Voltages.Min(v => v.MagnitudePu), step.Grid.MinVoltagePu);
        Assert.Contains(step.Grid.Branches, b => b.PFromKw != 0);
    }

    [Fact]
    public async Task Step_ScenarioWithoutCosim_SendsOneInjectionPerAgent()
    {
        var solver = new RecordingGridSolver(new TestGridSolver(TimeSpan.Zero));
        await using var host = await SolverHost.StartAsync(solver);
        var created = await fixture.Sessions.CreateSessionAsync(new CreateSessionRequest { ExampleName = ReferenceRun.Case5, GridSolverAddress = host.Address, GridSolverDeadlineMs = 5000 });
        await fixture.Sessions.InitializeAsync(new InitializeRequest { SessionId = created.SessionId });

        var step = await fixture.Sessions.StepAsync(new StepRequest { SessionId = created.SessionId, IncludeAgents = true });

        var request = Assert.Single(solver.Requests);
        Assert.Equal(created.AgentIds, request.Injections.Select(i => i.BusId));
        Assert.Equal(step.Agents.Select(a => a.AgentId), step.Grid.Buses.Select(b => b.BusId));
        Assert.Empty(step.Grid.Branches);
    }

    [Theory]
    [InlineData("unknown bus", "voltage of unknown bus '999'")]
    [InlineData("NaN loading", "branch '846_848' loading = NaN is not finite")]
    public async Task Step_BadSolverAnswer_IsRejectedNamingItAndTheRetrySucceeds(string spoil, string message)
    {
        var solver = new RecordingGridSolver(new EmbeddedGridSolver(BuiltInFeeders.Load("ieee34")))
        {
            Tamper = spoil == "unknown bus"
                ? r => r.Voltages.Add(new BusVoltage { BusId = "999", MagnitudePu = 1 })
                : r => r.Branches.First(b => b.BranchId == "846_848").Loading = double.NaN,
        };
        await using var host = await SolverHost.StartAsync(solver);
        var id = await CreateAsync(File.ReadAllText(ScenarioPath), host.Address);

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await fixture.Sessions.StepAsync(new StepRequest { SessionId = id, RequestId = "a" }));
        var saved = await fixture.Sessions.SaveStateAsync(new SaveStateRequest { SessionId = id });
        solver.Tamper = null;
        var retried = await fixture.Sessions.StepAsync(new StepRequest { SessionId = id, RequestId = "a" });

        Assert.Equal(StatusCode.Unavailable, ex.StatusCode);
        Assert.Contains(message, ex.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(0, saved.Step);
        Assert.True(retried.Grid.Converged);
        Assert.Equal(solver.Requests[0].Injections, solver.Requests[1].Injections);
    }

    [Fact]
    public async Task CreateSession_AgentPlacedOnTheSlack_IsInvalidArgumentNamingThePlacement()
    {
        var yaml = File.ReadAllText(ScenarioPath).Replace("community_storage: 890", "community_storage: 800", StringComparison.Ordinal);

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await fixture.Sessions.CreateSessionAsync(new CreateSessionRequest { ScenarioYaml = yaml, GridSolverAddress = "http://127.0.0.1:1" }));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains(ex.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations, v => v.Field.EndsWith("community_storage", StringComparison.Ordinal) && v.Description.Contains("slack", StringComparison.Ordinal));
    }

    private async Task<string> CreateAsync(string yaml, string solver)
    {
        var created = await fixture.Sessions.CreateSessionAsync(new CreateSessionRequest { ScenarioYaml = yaml, GridSolverAddress = solver, GridSolverDeadlineMs = 5000 });
        await fixture.Sessions.InitializeAsync(new InitializeRequest { SessionId = created.SessionId });
        return created.SessionId;
    }
}
