using EnergyCoSim.Contracts.V1;
using EnergyCoSim.Service.Sessions;
using EnergyCoSim.Simulation.Analytics;
using EnergyCoSim.Simulation.Results;
using DomainTrade = EnergyCoSim.Market.Orders.Trade;
using DomainStage = EnergyCoSim.Market.Orders.TradeStage;

namespace EnergyCoSim.Service.Mapping;

/// <summary>Maps session results to v1 messages; no logic beyond renaming and units.</summary>
internal static class ResultMapper
{
    public static StepResponse ToStepResponse(SessionStepResult r, long ticksPerStep, bool includeAgents, bool includeTrades)
    {
        var response = new StepResponse
        {
            Step = r.Step,
            Time = new SimTime { Ticks = (r.Step + 1) * ticksPerStep },
            Done = r.Done,
            Market = ToSummary(r.Market),
        };
        if (r.Grid is { } g)
        {
            response.Grid = new GridStepResult
            {
                Converged = g.Converged,
                Iterations = g.Iterations,
                TotalLossesKw = g.TotalLossesKW,
                MinVoltagePu = g.MinVoltagePu,
                MinVoltageBus = g.MinVoltageBus,
                MaxVoltagePu = g.MaxVoltagePu,
                MaxVoltageBus = g.MaxVoltageBus,
                MaxLineLoading = g.MaxLineLoading,
            };
            foreach (var b in g.Branches)
            {
                response.Grid.Branches.Add(new GridBranchResult { BranchId = b.BranchId, LoadingPct = b.LoadingPct, PFromKw = b.PFromKW, QFromKvar = b.QFromKvar, PToKw = b.PToKW, QToKvar = b.QToKvar, LossKw = b.LossKW });
            }

            foreach (var v in g.Buses)
            {
                response.Grid.Buses.Add(new GridBusResult { BusId = v.BusId, VoltagePu = v.VoltagePu, AngleDeg = v.AngleDeg });
            }
        }

        if (includeAgents)
        {
            response.Agents.AddRange(r.Agents.Select(ToAgent));
        }

        if (includeTrades)
        {
            response.Trades.AddRange(r.Market.Trades.Select(ToTrade));
        }

        return response;
    }

    public static MarketSummary ToSummary(MarketStepRecord m) => new()
    {
        Step = m.Step,
        ClearingPriceUsdPerMwh = m.ClearingPrice,
        ClearingVolumeKwh = m.ClearingVolume,
        P2PVolumeKwh = m.P2PVolume,
        DsoBuyVolumeKwh = m.DsoBuyVolume,
        DsoSellVolumeKwh = m.DsoSellVolume,
        GridBalanceKwh = m.GridBalance,
        GridCongestion = m.GridCongestion,
        FeedInTariffUsdPerMwh = m.FeedInTariff,
        UtilityPriceUsdPerMwh = m.UtilityPrice,
        TradeCount = m.Trades.Count,
    };

    public static AgentStepResult ToAgent(AgentStepRecord a)
    {
        var result = new AgentStepResult
        {
            AgentId = a.AgentId,
            GenerationKwh = a.GenerationKWh,
            DemandKwh = a.DemandKWh,
            BoughtKwh = a.BoughtKWh,
            SoldKwh = a.SoldKWh,
            ChargeKwh = a.ChargeKWh,
            DischargeKwh = a.DischargeKWh,
            CurtailedKwh = a.CurtailedKWh,
            UnservedKwh = a.UnservedKWh,
            CashUsd = a.CashUsd,
            Reward = a.Reward,
            Reputation = a.Reputation,
        };
        if (a.Soc is { } soc)
        {
            result.Soc = soc;
        }

        return result;
    }

    public static Trade ToTrade(DomainTrade t) => new()
    {
        BuyerId = t.BuyerId,
        SellerId = t.SellerId,
        PriceUsdPerMwh = t.Price.Value,
        QuantityKwh = t.Quantity.Value,
        Timestamp = t.Timestamp,
        Stage = t.Stage switch
        {
            DomainStage.DsoPreference => TradeStage.DsoPreference,
            DomainStage.PeerPreference => TradeStage.PeerPreference,
            DomainStage.DoubleAuction => TradeStage.DoubleAuction,
            DomainStage.DsoFallback => TradeStage.DsoFallback,
            _ => TradeStage.Unspecified,
        },
        DistanceKm = t.DistanceKm,
        TransmissionLossKwh = t.TransmissionLoss.Value,
        FeesUsd = t.Fees.Value,
    };
}
