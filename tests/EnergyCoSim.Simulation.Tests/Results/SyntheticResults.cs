using EnergyCoSim.Core.Units;
using EnergyCoSim.Market.Orders;
using EnergyCoSim.Simulation.Analytics;
using EnergyCoSim.Simulation.Results;

namespace EnergyCoSim.Simulation.Tests.Results;

/// <summary>Plausible, deterministic scenario results for writer, reader and figure tests (no simulation needed).</summary>
internal static class SyntheticResults
{
    public static readonly string[] Case5 =
        ["no_battery", "uniform_small_battery", "uniform_large_battery", "mixed_battery", "strategic_battery", "degradation_aware"];

    public static IReadOnlyList<ScenarioResult> Run(int scenarios = 6, int agents = 7, int steps = 24, int episodes = 1) =>
        Enumerable.Range(0, scenarios).Select(i => Scenario(Case5[i % Case5.Length] + (i >= Case5.Length ? $"_{i}" : ""), i, agents, steps, episodes)).ToArray();

    public static ScenarioResult Scenario(string name, int index, int agentCount, int steps, int episodes = 1)
    {
        var rng = new Random(1000 + index);
        var batteryRatio = index == 0 ? 0.0 : 0.3 + (0.15 * index);
        var ids = Enumerable.Range(0, agentCount).Select(a => a == agentCount - 1 && index > 0 ? "storage_heavy" : $"agent_{a + 1:00}").ToArray();
        var capacity = ids.Select(_ => 50 + (rng.NextDouble() * 25)).ToArray();
        var battery = ids.Select((id, a) => batteryRatio == 0 || a == 0 ? (double?)null : capacity[a] * batteryRatio * (id == "storage_heavy" ? 2.5 : 1)).ToArray();
        var eps = new List<EpisodeResult>();
        for (var e = 0; e < episodes; e++)
        {
            var market = new List<MarketStepRecord>();
            var agentSteps = new List<AgentStepRecord>();
            var soc = battery.Select(b => b is null ? (double?)null : 0.5).ToArray();
            var cash = new double[agentCount];
            for (var t = 0; t < steps; t++)
            {
                var sun = Math.Max(0, Math.Sin(Math.PI * (t - 6) / 12.0));
                var fit = 40 + (10 * rng.NextDouble());
                var utility = 180 + (60 * rng.NextDouble());
                var trades = new List<Trade>();
                var nTrades = 2 + rng.Next(6);
                for (var k = 0; k < nTrades; k++)
                {
                    var dso = rng.NextDouble() < 0.3 - (0.03 * index);
                    var b = ids[rng.Next(agentCount)];
                    var s = dso ? MarketParticipants.DsoId : ids[(Array.IndexOf(ids, b) + 1 + rng.Next(agentCount - 1)) % agentCount];
                    if (dso && rng.NextDouble() < 0.5)
                    {
                        (b, s) = (s, b);
                    }

                    var q = Math.Round(1 + (20 * rng.NextDouble() * (0.3 + sun)), 3);
                    var p = dso ? (b == MarketParticipants.DsoId ? fit : utility) : 60 + (100 * rng.NextDouble());
                    var stage = dso ? TradeStage.DsoFallback : (k % 2 == 0 ? TradeStage.DoubleAuction : TradeStage.PeerPreference);
                    var dist = dso ? 0 : 0.5 + (3 * rng.NextDouble());
                    trades.Add(new Trade(b, s, new PriceUsdPerMWh(p), new EnergyKWh(q), t + (0.1 * k), stage, dist,
                        new EnergyKWh(dso ? 0 : q * 0.01 * dist), new MoneyUsd(dso ? 0 : 0.02 * q)));
                }

                var p2p = trades.Where(x => !x.IsDsoTrade).Sum(x => x.Quantity.Value);
                var dsoBuy = trades.Where(x => x.BuyerId == MarketParticipants.DsoId).Sum(x => x.Quantity.Value);
                var dsoSell = trades.Where(x => x.SellerId == MarketParticipants.DsoId).Sum(x => x.Quantity.Value);
                var vol = trades.Sum(x => x.Quantity.Value);
                var local = p2p > 0 ? trades.Where(x => !x.IsDsoTrade).Sum(x => x.Price.Value * x.Quantity.Value) / p2p : 0;
                market.Add(new MarketStepRecord
                {
                    Step = t,
                    ClearingPrice = trades.Sum(x => x.Price.Value * x.Quantity.Value) / vol,
                    ClearingVolume = vol,
                    P2PVolume = p2p,
                    DsoBuyVolume = dsoBuy,
                    DsoSellVolume = dsoSell,
                    GridBalance = dsoSell - dsoBuy + ((rng.NextDouble() - 0.5) * 20),
                    GridCongestion = 0.1 + (0.3 * rng.NextDouble()),
                    FeedInTariff = fit,
                    UtilityPrice = utility,
                    LocalPriceAverage = local,
                    LocalPriceAdvantage = p2p > 0 ? ((fit + utility) / 2) - local : 0,
                    Trades = trades,
                });
                for (var a = 0; a < agentCount; a++)
                {
                    var gen = capacity[a] * sun * (0.6 + (0.4 * rng.NextDouble())) / 4;
                    var dem = 8 + (6 * rng.NextDouble()) + (t is >= 17 and <= 21 ? 8 : 0);
                    var bought = trades.Where(x => x.BuyerId == ids[a]).Sum(x => x.Quantity.Value - x.TransmissionLoss.Value);
                    var sold = trades.Where(x => x.SellerId == ids[a]).Sum(x => x.Quantity.Value);
                    double charge = 0, discharge = 0;
                    if (soc[a] is { } sa && battery[a] is { } cap)
                    {
                        var delta = Math.Clamp((gen - dem) / cap, 0.1 - sa, 0.9 - sa);
                        soc[a] = sa + delta;
                        charge = delta > 0 ? delta * cap : 0;
                        discharge = delta < 0 ? -delta * cap : 0;
                    }

                    cash[a] += trades.Where(x => x.SellerId == ids[a]).Sum(x => x.Value.Value) - trades.Where(x => x.BuyerId == ids[a]).Sum(x => x.Value.Value);
                    agentSteps.Add(new AgentStepRecord
                    {
                        Episode = e,
                        Step = t,
                        AgentId = ids[a],
                        GenerationKWh = gen,
                        DemandKWh = dem,
                        BoughtKWh = bought,
                        SoldKWh = sold,
                        ChargeKWh = charge,
                        DischargeKWh = discharge,
                        CurtailedKWh = Math.Max(0, gen - dem - charge - sold) * 0.1,
                        UnservedKWh = Math.Max(0, dem - gen - discharge - bought) * 0.1,
                        Soc = soc[a],
                        EnergyLevelKWh = soc[a] is { } s2 ? s2 * battery[a]!.Value : 0,
                        CashUsd = cash[a],
                        Reward = (0.2 * index) + rng.NextDouble() - 0.5,
                        Reputation = 0.5 + (0.5 * rng.NextDouble()),
                    });
                }
            }

            eps.Add(new EpisodeResult(name, e, market, agentSteps));
        }

        var storage = StorageDescriptors.Compute(capacity.Select((c, a) => new StorageDescriptors.AgentStorage(c, battery[a], 0.9 + (0.01 * index), 0.8 - (0.05 * index))).ToArray());
        var last = eps[^1];
        return new ScenarioResult
        {
            Scenario = name,
            Seed = 42,
            Strategy = "zero_intelligence",
            GridCapacityKW = 1200,
            Episodes = eps,
            Storage = storage,
            Settings = [new("mechanism", "bid_ask_spread"), new("agents", agentCount.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("topology", "mesh")],
            Performance = new PerformanceSummary
            {
                FinalReward = last.AgentSteps.Where(a => a.Step == steps - 1).Sum(a => a.Reward),
                AverageReward = last.AgentSteps.Sum(a => a.Reward) / Math.Max(1, steps),
                EpisodeReward = last.AgentSteps.Sum(a => a.Reward),
                MeanClearingPrice = last.MarketSteps.Average(m => m.ClearingPrice),
                P2PVolumeKWh = last.MarketSteps.Sum(m => m.P2PVolume),
                DsoVolumeKWh = last.MarketSteps.Sum(m => m.DsoTotalVolume),
                P2PRatio = last.MarketSteps.Sum(m => m.P2PVolume) / last.MarketSteps.Sum(m => m.ClearingVolume),
                SelfSufficiency = 0.6 + (0.05 * index),
            },
            Coordination = new CoordinationMetrics { CoordinationScore = 0.6 + (0.03 * index), StrategyAlignment = 0.2 },
            Dso = new DsoMetrics
            {
                DsoBuyVolume = last.MarketSteps.Sum(m => m.DsoBuyVolume),
                DsoSellVolume = last.MarketSteps.Sum(m => m.DsoSellVolume),
                DsoTotalVolume = last.MarketSteps.Sum(m => m.DsoTotalVolume),
                P2PVolume = last.MarketSteps.Sum(m => m.P2PVolume),
                DsoTradeRatio = 0.3,
                P2PTradeRatio = 0.7,
                DsoBuyPriceAverage = 45,
                DsoSellPriceAverage = 210,
                PriceSpread = 165,
                LocalPriceAverage = 110,
                LocalPriceAdvantage = 17.5,
                NetGridImport = 12.5,
                AvoidedDsoCost = 8.2,
                DsoUtilizationEfficiency = 0.72,
                MarketBalanceQuality = 0.98,
                FallbackEffectiveness = 1,
            },
            Grid = new GridMetrics { SupplyDemandBalance = 0.99, AverageCongestionLevel = 0.25, GridStabilityIndex = 0.81, TransmissionLossRatio = 0.02, GridUtilizationEfficiency = 0.7, LoadFactor = 0.55, CapacityUtilization = 0.3 },
            Market = new MarketMetrics
            {
                SocialWelfare = 95.5, ConsumerSurplus = 10, ProducerSurplus = 10, TotalSurplus = 20, AverageClearingPrice = 112, PriceVolatility = 0.35,
                AllocationEfficiency = 0.6, PriceDiscoveryEfficiency = 0.85, TotalTradingVolume = 900, TransactionCount = 110, AverageTradeSize = 8.2,
                MarketConcentration = 0.12, WelfareDistributionGini = 0.3, PriceFairnessIndex = 0.7, P2PTradeRatio = 0.7, DsoDependencyRatio = 0.3, MarketLiquidity = 0.74,
                AverageAgentRewards = ids.ToDictionary(i => i, _ => 0.1), TradingFrequencyByAgent = ids.ToDictionary(i => i, _ => 30),
            },
        };
    }

    public static ScenarioResult Empty(string name = "empty") => new()
    {
        Scenario = name,
        Seed = 1,
        Strategy = "zero_intelligence",
        GridCapacityKW = 100,
        Episodes = [],
        Storage = StorageDescriptors.Compute([]),
        Performance = new PerformanceSummary(),
        Coordination = new CoordinationMetrics(),
        Dso = new DsoMetrics(),
        Grid = new GridMetrics(),
        Market = new MarketMetrics(),
    };
}
