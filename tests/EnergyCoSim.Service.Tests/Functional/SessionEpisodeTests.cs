using EnergyCoSim.Client;
using EnergyCoSim.Contracts.V1;

namespace EnergyCoSim.Service.Tests.Functional;

public sealed class SessionEpisodeTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task Step_WholeCase5Episode_GivesExactlyTheInProcessTrades()
    {
        var reference = ReferenceRun.Episode(ReferenceRun.Case5);
        var trades = await RunEpisodeAsync(fixture.Sessions);

        Assert.Equal(reference.MarketSteps.Count, trades.Count);
        for (var t = 0; t < trades.Count; t++)
        {
            var expected = reference.MarketSteps[t].Trades;
            Assert.Equal(expected.Count, trades[t].Count);
            for (var k = 0; k < expected.Count; k++)
            {
                Assert.Equal(expected[k].BuyerId, trades[t][k].BuyerId);
                Assert.Equal(expected[k].SellerId, trades[t][k].SellerId);
                Assert.Equal(expected[k].Price.Value, trades[t][k].PriceUsdPerMwh);
                Assert.Equal(expected[k].Quantity.Value, trades[t][k].QuantityKwh);
            }
        }
    }

    [Fact]
    public async Task Step_SixteenConcurrentSessions_EachMatchesTheInProcessRun()
    {
        var reference = ReferenceRun.Episode(ReferenceRun.Case5);
        var expected = reference.MarketSteps.Select(m => m.Trades.Sum(t => t.Quantity.Value)).ToArray();

        var runs = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => RunEpisodeAsync(fixture.Sessions))));

        foreach (var run in runs)
        {
            Assert.Equal(expected, run.Select(step => step.Sum(t => t.QuantityKwh)).ToArray());
        }
    }

    [Fact]
    public async Task Step_RetriedRequestId_IsAppliedOnce()
    {
        var session = await fixture.Sessions.CreateSessionAsync(new CreateSessionRequest { ExampleName = ReferenceRun.Case5 });
        await fixture.Sessions.InitializeAsync(new InitializeRequest { SessionId = session.SessionId });

        var first = await fixture.Sessions.StepAsync(new StepRequest { SessionId = session.SessionId, RequestId = "r-1", IncludeTrades = true });
        var retry = await fixture.Sessions.StepAsync(new StepRequest { SessionId = session.SessionId, RequestId = "r-1", IncludeTrades = true });
        var next = await fixture.Sessions.StepAsync(new StepRequest { SessionId = session.SessionId, RequestId = "r-2" });

        Assert.Equal(0, first.Step);
        Assert.Equal(first, retry);
        Assert.Equal(1, next.Step);
    }

    [Fact]
    public async Task StepUntil_ToTheEnd_ReturnsDoneAndTheSummaryOfTheCliRun()
    {
        using var client = new CoSimClient(fixture.Channel);
        await using var session = await client.OpenExampleAsync(ReferenceRun.Case5);
        await session.InitializeAsync();

        var result = await session.StepUntilAsync();
        var summary = await session.GetSummaryJsonAsync();

        Assert.Equal(session.MaxSteps, result.StepsDone);
        Assert.True(result.Last.Done);
        Assert.Contains("\"scenario\": \"mixed_battery\"", summary, StringComparison.Ordinal);
        Assert.Contains("\"performance\"", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepUntil_RetriedRequestId_AnswersTheSameStepsWithoutApplyingThemAgain()
    {
        var created = await fixture.Sessions.CreateSessionAsync(new CreateSessionRequest { ExampleName = ReferenceRun.Case5 });
        await fixture.Sessions.InitializeAsync(new InitializeRequest { SessionId = created.SessionId });
        var request = new StepUntilRequest { SessionId = created.SessionId, RequestId = "u-1", UntilStep = 6 };

        var first = await fixture.Sessions.StepUntilAsync(request);
        var retry = await fixture.Sessions.StepUntilAsync(request);
        var next = await fixture.Sessions.StepAsync(new StepRequest { SessionId = created.SessionId });

        Assert.Equal(6, first.StepsDone);
        Assert.Equal(first, retry);
        Assert.Equal(6, next.Step);
    }

    [Fact]
    public async Task SaveAndRestore_AfterFiveSteps_ReplaysTheSameNextStep()
    {
        using var client = new CoSimClient(fixture.Channel);
        await using var session = await client.OpenExampleAsync(ReferenceRun.Case5);
        await session.InitializeAsync();
        await session.StepUntilAsync(5);
        var saved = await client.Sessions.SaveStateAsync(new SaveStateRequest { SessionId = session.Id });
        var first = await session.StepAsync(includeTrades: true);

        var restored = await client.Sessions.RestoreStateAsync(new RestoreStateRequest { SessionId = session.Id, State = saved.State });
        var replay = await session.StepAsync(includeTrades: true);

        Assert.Equal(5, saved.Step);
        Assert.Equal(5, restored.Step);
        Assert.Equal(first.Market, replay.Market);
    }

    [Fact]
    public async Task SetVariables_DemandOverride_IsTheAgentsDemandOfTheStep()
    {
        using var client = new CoSimClient(fixture.Channel);
        await using var session = await client.OpenExampleAsync(ReferenceRun.Case5);
        await session.InitializeAsync();
        var agent = session.AgentIds[0];

        await session.SetAsync(new Dictionary<string, double> { [$"{agent}.demand_kw"] = 3.5, [$"{agent}.generation_kw"] = 0 });
        var step = await session.StepAsync(includeAgents: true);
        var values = await session.GetAsync([$"{agent}.bought_kwh", "clearing_price"]);

        Assert.Equal(3.5, step.Agents[0].DemandKwh, 5);
        Assert.Equal(0, step.Agents[0].GenerationKwh, 5);
        Assert.Equal(step.Agents[0].BoughtKwh, values[0]);
        Assert.Equal(step.Market.ClearingPriceUsdPerMwh, values[1]);
    }

    [Fact]
    public async Task StreamResults_DuringAnEpisode_CarriesEveryStep()
    {
        using var client = new CoSimClient(fixture.Channel);
        await using var session = await client.OpenExampleAsync(ReferenceRun.Case5);
        await session.InitializeAsync();
        using var stream = client.Sessions.StreamResults(new StreamResultsRequest { SessionId = session.Id });
        await stream.ResponseHeadersAsync;
        var reading = Task.Run(async () =>
        {
            var steps = new List<int>();
            while (await stream.ResponseStream.MoveNext(CancellationToken.None))
            {
                steps.Add(stream.ResponseStream.Current.Step);
            }

            return steps;
        });

        await session.StepUntilAsync();
        var seen = await reading;

        Assert.Equal(Enumerable.Range(0, session.MaxSteps), seen);
    }

    private static async Task<List<List<Trade>>> RunEpisodeAsync(SessionService.SessionServiceClient client)
    {
        var created = await client.CreateSessionAsync(new CreateSessionRequest { ExampleName = ReferenceRun.Case5, ClientName = "test" });
        await client.InitializeAsync(new InitializeRequest { SessionId = created.SessionId });
        var trades = new List<List<Trade>>();
        var done = false;
        while (!done)
        {
            var step = await client.StepAsync(new StepRequest { SessionId = created.SessionId, RequestId = Guid.NewGuid().ToString(), IncludeTrades = true });
            trades.Add([.. step.Trades]);
            done = step.Done;
        }

        await client.CloseSessionAsync(new CloseSessionRequest { SessionId = created.SessionId });
        return trades;
    }
}
