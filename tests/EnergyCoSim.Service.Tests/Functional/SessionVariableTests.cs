using EnergyCoSim.Client;
using EnergyCoSim.Contracts.V1;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Components;
using EnergyCoSim.Simulation.Running;
using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.Service.Tests.Functional;

public sealed class SessionVariableTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task CreateSession_Case5_ExposesTheMarketComponentsVariables()
    {
        using var client = new CoSimClient(fixture.Channel);
        await using var session = await client.OpenExampleAsync(ReferenceRun.Case5);
        var doc = ScenarioLoader.Load(Path.Combine(ServiceFixture.ExamplesDirectory, ReferenceRun.Case5 + ".yaml"));
        using var component = new MarketComponent("market", ScenarioCompiler.Compile(doc), StrategyCatalog.Create(doc.Strategy));
        var expected = component.Description.Variables.Select(v => (v.Name, v.Unit, v.Causality == VariableCausality.Input ? "input" : "output"));

        var got = session.Variables.Select(v => (v.Name, (string?)v.Unit, v.Causality));

        Assert.Equal(expected.Order(), got.Order());
        Assert.Equal(7 * (MarketVariableLayout.PerAgent + 1), session.Variables.Count(v => v.Name.Contains('.', StringComparison.Ordinal) && !v.Name.StartsWith("bus_", StringComparison.Ordinal) && !v.Name.StartsWith("dso.", StringComparison.Ordinal)));
        Assert.Contains(session.Variables, v => v.Name == MarketVariableNames.DsoUtilityUsdPerMWh && v.Causality == "input");
        Assert.Contains(session.Variables, v => v.Name == $"{session.AgentIds[0]}.{MarketVariableNames.ExportLimitKw}" && v.Causality == "input");
    }

    [Fact]
    public async Task Step_ExportLimitBelowSurplus_CurtailsAndReportsTheCurtailedEnergy()
    {
        using var client = new CoSimClient(fixture.Channel);
        await using var session = await client.OpenExampleAsync(ReferenceRun.Case5);
        await session.InitializeAsync();
        var agent = session.AgentIds[5];

        // 5 kW of PV against 1 kW of demand with a 1.5 kW export limit: 2.5 kWh of the hour's PV is curtailed.
        await session.SetAsync(new Dictionary<string, double> { [$"{agent}.generation_kw"] = 5, [$"{agent}.demand_kw"] = 1, [$"{agent}.export_limit_kw"] = 1.5 });
        var step = await session.StepAsync(includeAgents: true);
        var values = await session.GetAsync([$"{agent}.dso_limited_kwh", $"{agent}.applied_export_limit_kw", $"{agent}.applied_import_limit_kw", $"{agent}.p_kw", "interval"]);

        var result = step.Agents.Single(a => a.AgentId == agent);
        Assert.Equal(2.5, result.GenerationKwh, 12);
        Assert.Equal(1, result.DemandKwh, 12);
        Assert.Equal(2.5, values[0], 12);
        Assert.Equal(1.5, values[1]);
        Assert.Equal(MarketVariableNames.Unlimited, values[2]);
        Assert.Equal(result.SoldKwh - result.BoughtKwh, values[3], 12);
        Assert.Equal(1, values[4]);
    }

    [Fact]
    public async Task Step_InputSetOnce_HoldsUntilSetToNaN()
    {
        using var client = new CoSimClient(fixture.Channel);
        await using var session = await client.OpenExampleAsync(ReferenceRun.Case5);
        await using var plain = await client.OpenExampleAsync(ReferenceRun.Case5);
        await session.InitializeAsync();
        await plain.InitializeAsync();
        var agent = session.AgentIds[1];

        await session.SetAsync(new Dictionary<string, double> { [$"{agent}.demand_kw"] = 3.5 });
        var first = await session.StepAsync(includeAgents: true);
        var second = await session.StepAsync(includeAgents: true);
        await session.SetAsync(new Dictionary<string, double> { [$"{agent}.demand_kw"] = double.NaN });
        var third = await session.StepAsync(includeAgents: true);
        await plain.StepUntilAsync(2);
        var profile = await plain.StepAsync(includeAgents: true);

        Assert.Equal(3.5, first.Agents[1].DemandKwh, 12);
        Assert.Equal(3.5, second.Agents[1].DemandKwh, 12);
        Assert.Equal(profile.Agents[1].DemandKwh, third.Agents[1].DemandKwh);
    }

    [Fact]
    public async Task RestoreState_InputSetBeforeSave_IsBackAfterRestore()
    {
        using var client = new CoSimClient(fixture.Channel);
        await using var session = await client.OpenExampleAsync(ReferenceRun.Case5);
        await session.InitializeAsync();
        var name = $"{session.AgentIds[2]}.import_limit_kw";
        await session.SetAsync(new Dictionary<string, double> { [name] = 2.25 });
        var saved = await client.Sessions.SaveStateAsync(new SaveStateRequest { SessionId = session.Id });

        await session.SetAsync(new Dictionary<string, double> { [name] = double.NaN });
        await client.Sessions.RestoreStateAsync(new RestoreStateRequest { SessionId = session.Id, State = saved.State });
        var values = await session.GetAsync([name]);

        Assert.Equal(2.25, values[0]);
    }

    [Fact]
    public async Task SetVariables_NegativePower_IsInvalidArgumentNamingValues()
    {
        var created = await fixture.Sessions.CreateSessionAsync(new CreateSessionRequest { ExampleName = ReferenceRun.Case5 });
        var request = new SetVariablesRequest { SessionId = created.SessionId, Names = { $"{created.AgentIds[0]}.import_limit_kw" }, Values = { -1 } };

        var ex = await Assert.ThrowsAsync<Grpc.Core.RpcException>(async () => await fixture.Sessions.SetVariablesAsync(request));

        Assert.Equal(Grpc.Core.StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("≥ 0 kW", ex.Status.Detail, StringComparison.Ordinal);
    }
}
