using System.Text.Json;
using EnergyCoSim.Contracts.V1;
using EnergyCoSim.Service.Sessions;
using EnergyCoSim.Simulation.Spaces;
using Grpc.Core;

namespace EnergyCoSim.Service.Services;

/// <summary>The multi-agent environment service: spaces, reset and step with actions for every agent.</summary>
public sealed class EnvironmentGrpcService(SessionRegistry registry) : EnvironmentService.EnvironmentServiceBase
{
    /// <inheritdoc />
    public override async Task<DescribeSpacesResponse> DescribeSpaces(DescribeSpacesRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        return await registry.Get(request.SessionId).RunAsync(
            s =>
            {
                var env = s.Environment;
                var response = new DescribeSpacesResponse { MaxSteps = env.MaxSteps };
                response.AgentIds.AddRange(env.AgentIds);
                foreach (var box in env.ActionBoxes)
                {
                    var space = new BoxSpace();
                    space.Low.AddRange(box.Low);
                    space.High.AddRange(box.High);
                    space.Names.AddRange(["price_usd_per_mwh", "quantity_kwh", "side_signal", "partner_index"]);
                    response.ActionSpaces.Add(space);
                }

                foreach (var layout in env.ObservationLayouts)
                {
                    var space = new BoxSpace();
                    space.Low.AddRange(layout.Low);
                    space.High.AddRange(layout.High);
                    space.Names.AddRange(Enumerable.Range(0, layout.Size).Select(ObservationLayout.NameOf));
                    response.ObservationSpaces.Add(space);
                }

                return response;
            },
            context.CancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task<ResetResponse> Reset(ResetRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var session = registry.Get(request.SessionId);
        var obs = await session.RunAsync(s => s.Initialize(request.Episode), context.CancellationToken).ConfigureAwait(false);
        var response = new ResetResponse { ObservationSize = session.Environment.ObservationSize };
        response.Observations.AddRange(obs);
        return response;
    }

    /// <inheritdoc />
    public override async Task<EnvironmentStepResponse> StepEnvironment(EnvironmentStepRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var ct = context.CancellationToken;
        var actions = request.Actions.ToArray();
        var result = await registry.Get(request.SessionId).RunAsync(s => s.StepWithActions(actions, request.RequestId, ct), ct).ConfigureAwait(false);
        var response = new EnvironmentStepResponse
        {
            Terminated = result.Done,
            InfoJson = JsonSerializer.Serialize(new Dictionary<string, double>
            {
                ["clearing_price_usd_per_mwh"] = result.Market.ClearingPrice,
                ["p2p_volume_kwh"] = result.Market.P2PVolume,
                ["dso_buy_volume_kwh"] = result.Market.DsoBuyVolume,
                ["dso_sell_volume_kwh"] = result.Market.DsoSellVolume,
                ["trade_count"] = result.Market.Trades.Count,
            }),
        };
        response.Observations.AddRange(result.Observations);
        response.Rewards.AddRange(result.Rewards);
        return response;
    }
}
