using EnergyCoSim.Contracts.V1;
using Grpc.Core;

namespace EnergyCoSim.Service.Tests.Functional;

public sealed class MarketAndEnvironmentTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task SubmitOrders_ExternalBuyFromTheDso_IsClearedAsADsoPreferenceTradeOfTheAgent()
    {
        var created = await fixture.Sessions.CreateSessionAsync(new CreateSessionRequest { ExampleName = ReferenceRun.Case5 });
        await fixture.Sessions.InitializeAsync(new InitializeRequest { SessionId = created.SessionId });
        var spaces = await fixture.Environment.DescribeSpacesAsync(new DescribeSpacesRequest { SessionId = created.SessionId });
        var agent = created.AgentIds[0];
        var low = spaces.ActionSpaces[0].Low;
        var order = new OrderSpec { AgentId = agent, Side = OrderSide.Buy, PriceUsdPerMwh = spaces.ActionSpaces[0].High[0], QuantityKwh = low[1] + 1, PartnerId = "DSO" };

        var submitted = await fixture.Market.SubmitOrdersAsync(new SubmitOrdersRequest { SessionId = created.SessionId, Orders = { order } });
        var cleared = await fixture.Market.ClearAsync(new ClearRequest { SessionId = created.SessionId, RequestId = "c-0" });
        var mine = await fixture.Market.GetTradesAsync(new GetTradesRequest { SessionId = created.SessionId, Step = -1, AgentId = agent });
        var settlement = await fixture.Market.GetSettlementAsync(new GetSettlementRequest { SessionId = created.SessionId });

        Assert.Equal(1, submitted.Accepted);
        Assert.Equal(0, cleared.Market.Step);
        Assert.NotEmpty(mine.Trades);
        // The environment caps an order at what the agent can physically take, so only side and partner are checked.
        Assert.All(mine.Trades, t => Assert.Equal(agent, t.BuyerId));
        Assert.All(mine.Trades, t => Assert.Equal("DSO", t.SellerId));
        Assert.Contains(mine.Trades, t => t.Stage == TradeStage.DsoPreference);
        var account = settlement.Accounts.Single(a => a.AgentId == agent);
        Assert.Equal(mine.Trades.Sum(t => t.QuantityKwh - t.TransmissionLossKwh), account.BoughtKwh, 6);
    }

    [Fact]
    public async Task SubmitOrders_UnknownAgent_IsInvalidArgument()
    {
        var created = await fixture.Sessions.CreateSessionAsync(new CreateSessionRequest { ExampleName = ReferenceRun.Case5 });
        await fixture.Sessions.InitializeAsync(new InitializeRequest { SessionId = created.SessionId });

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await fixture.Market.SubmitOrdersAsync(new SubmitOrdersRequest
        {
            SessionId = created.SessionId,
            Orders = { new OrderSpec { AgentId = "nobody", Side = OrderSide.Buy, PriceUsdPerMwh = 100, QuantityKwh = 1 } },
        }));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
    }

    [Fact]
    public async Task StepEnvironment_WholeEpisode_TerminatesAfterMaxStepsWithARewardPerAgent()
    {
        var created = await fixture.Sessions.CreateSessionAsync(new CreateSessionRequest { ExampleName = ReferenceRun.Case5 });
        var spaces = await fixture.Environment.DescribeSpacesAsync(new DescribeSpacesRequest { SessionId = created.SessionId });
        var reset = await fixture.Environment.ResetAsync(new ResetRequest { SessionId = created.SessionId, Episode = 0 });
        var n = spaces.AgentIds.Count;
        // Every agent offers the lowest quantity at the box's lower corner: a valid action for every step.
        var actions = spaces.ActionSpaces.SelectMany(b => new[] { (float)b.Low[0], (float)b.Low[1], 0f, (float)(n + 1) }).ToArray();

        var steps = 0;
        EnvironmentStepResponse last;
        do
        {
            last = await fixture.Environment.StepEnvironmentAsync(new EnvironmentStepRequest { SessionId = created.SessionId, Actions = { actions }, RequestId = $"e{steps}" });
            steps++;
        }
        while (!last.Terminated);

        Assert.Equal(spaces.MaxSteps, steps);
        Assert.Equal(n * reset.ObservationSize, reset.Observations.Count);
        Assert.Equal(spaces.ObservationSpaces[0].Low.Count, reset.ObservationSize);
        Assert.Equal(n, last.Rewards.Count);
        Assert.Contains("clearing_price_usd_per_mwh", last.InfoJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepEnvironment_WrongActionCount_IsInvalidArgument()
    {
        var created = await fixture.Sessions.CreateSessionAsync(new CreateSessionRequest { ExampleName = ReferenceRun.Case5 });
        await fixture.Environment.ResetAsync(new ResetRequest { SessionId = created.SessionId });

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await fixture.Environment.StepEnvironmentAsync(new EnvironmentStepRequest { SessionId = created.SessionId, Actions = { 1f, 2f } }));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
    }

    [Fact]
    public async Task Exchange_LockstepEpisode_AnswersEveryStepInOrder()
    {
        var created = await fixture.Sessions.CreateSessionAsync(new CreateSessionRequest { ExampleName = ReferenceRun.Case5 });
        await fixture.Sessions.InitializeAsync(new InitializeRequest { SessionId = created.SessionId });
        using var call = fixture.Lockstep.Exchange();
        var agent = created.AgentIds[1];
        var outputs = new List<LockstepOutput>();

        for (var step = 0; step < created.MaxSteps; step++)
        {
            await call.RequestStream.WriteAsync(new LockstepInput { SessionId = created.SessionId, Step = step, Names = { $"{agent}.demand_kw" }, Values = { 2.0 }, DeadlineMs = 10_000 });
            Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
            outputs.Add(call.ResponseStream.Current);
        }

        await call.RequestStream.CompleteAsync();
        Assert.Equal(Enumerable.Range(0, created.MaxSteps), outputs.Select(o => o.Step));
        Assert.True(outputs[^1].Done);
        Assert.All(outputs, o => Assert.False(o.DeadlineMissed));
        Assert.All(outputs, o => Assert.Equal(2.0, o.Agents.Single(a => a.AgentId == agent).DemandKwh, 5));
    }

    [Fact]
    public async Task Exchange_WrongStep_IsInvalidArgument()
    {
        var created = await fixture.Sessions.CreateSessionAsync(new CreateSessionRequest { ExampleName = ReferenceRun.Case5 });
        await fixture.Sessions.InitializeAsync(new InitializeRequest { SessionId = created.SessionId });
        using var call = fixture.Lockstep.Exchange();

        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            // The server may end the call before the write returns; then the write, not the read, surfaces its status.
            await call.RequestStream.WriteAsync(new LockstepInput { SessionId = created.SessionId, Step = 3 });
            await call.ResponseStream.MoveNext(CancellationToken.None);
        });

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains("step", ex.Status.Detail, StringComparison.Ordinal);
        // The session is untouched: a lockstep on step 0 still works.
        using var retry = fixture.Lockstep.Exchange();
        await retry.RequestStream.WriteAsync(new LockstepInput { SessionId = created.SessionId, Step = 0 });
        Assert.True(await retry.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal(0, retry.ResponseStream.Current.Step);
        await retry.RequestStream.CompleteAsync();
    }
}
