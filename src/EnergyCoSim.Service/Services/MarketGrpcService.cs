using EnergyCoSim.Contracts.V1;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Service.Mapping;
using EnergyCoSim.Service.Sessions;
using EnergyCoSim.Simulation.Spaces;
using Grpc.Core;

namespace EnergyCoSim.Service.Services;

/// <summary>The market service: external agents' orders replace the strategy's for the coming interval; Clear steps it.</summary>
public sealed class MarketGrpcService(SessionRegistry registry) : MarketService.MarketServiceBase
{
    /// <inheritdoc />
    public override async Task<SubmitOrdersResponse> SubmitOrders(SubmitOrdersRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var step = await registry.Get(request.SessionId).RunAsync(
            s =>
            {
                s.SubmitOrders(request.Orders.Select((o, i) => OrderMapper.ToAction(s.Environment.AgentIds, s.Scenario.Document.Dso.Id, o, i)).ToArray());
                return s.Environment.CurrentStep;
            },
            context.CancellationToken).ConfigureAwait(false);
        return new SubmitOrdersResponse { Accepted = request.Orders.Count, Step = step };
    }

    /// <inheritdoc />
    public override async Task<ClearResponse> Clear(ClearRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var ct = context.CancellationToken;
        var result = await registry.Get(request.SessionId).RunAsync(s => s.StepAsync(request.RequestId, ct), ct).ConfigureAwait(false);
        var response = new ClearResponse { Market = ResultMapper.ToSummary(result.Market) };
        response.Trades.AddRange(result.Market.Trades.Select(ResultMapper.ToTrade));
        return response;
    }

    /// <inheritdoc />
    public override async Task<GetTradesResponse> GetTrades(GetTradesRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var trades = await registry.Get(request.SessionId).RunAsync(
            s =>
            {
                var history = s.Environment.MarketHistory;
                if (history.Count == 0)
                {
                    throw new InvalidStateException($"session {s.Id}", "get trades", s.State.ToString(), "after the first cleared interval");
                }

                var step = request.Step < 0 ? history.Count - 1 : request.Step;
                if (step >= history.Count)
                {
                    throw new ValidationException("step", request.Step, $"is not a cleared interval (0–{history.Count - 1})");
                }

                return history[step].Trades
                    .Where(t => request.AgentId.Length == 0 || t.BuyerId == request.AgentId || t.SellerId == request.AgentId)
                    .Select(ResultMapper.ToTrade)
                    .ToArray();
            },
            context.CancellationToken).ConfigureAwait(false);
        var response = new GetTradesResponse();
        response.Trades.AddRange(trades);
        return response;
    }

    /// <inheritdoc />
    public override async Task<GetSettlementResponse> GetSettlement(GetSettlementRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        return await registry.Get(request.SessionId).RunAsync(s => SettlementMapper.Build(s.Environment, s.Scenario.Document.Dso.Id), context.CancellationToken).ConfigureAwait(false);
    }
}
