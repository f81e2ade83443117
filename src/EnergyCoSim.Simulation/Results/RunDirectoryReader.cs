using EnergyCoSim.Core.Units;
using EnergyCoSim.Market.Orders;
using EnergyCoSim.Simulation.Analytics;
using static EnergyCoSim.Simulation.Results.RunCsv;

namespace EnergyCoSim.Simulation.Results;

/// <summary>Reads a run directory written by <see cref="RunDirectoryWriter"/> back into scenario results.</summary>
public static class RunDirectoryReader
{
    /// <summary>Reads the root summary and every scenario it lists.</summary>
    public static RunOutput Read(string runDirectory)
    {
        if (!Directory.Exists(runDirectory))
        {
            throw new Core.Errors.NotFoundException("run directory", runDirectory);
        }

        var summary = RunJson.Read<RunSummary>(Path.Combine(runDirectory, RunFiles.Summary));
        var scenarios = summary.Scenarios
            .Select(s => ReadScenario(Path.Combine(runDirectory, RunDirectoryWriter.ScenarioFolderName(s))))
            .ToArray();
        return new RunOutput(summary, scenarios);
    }

    /// <summary>Rebuilds one <see cref="ScenarioResult"/> from its folder.</summary>
    public static ScenarioResult ReadScenario(string scenarioDirectory)
    {
        var s = RunJson.Read<ScenarioSummaryFile>(Path.Combine(scenarioDirectory, RunFiles.Summary));
        var trades = ReadTrades(Path.Combine(scenarioDirectory, RunFiles.Trades));
        var market = ReadMarketSteps(Path.Combine(scenarioDirectory, RunFiles.MarketSteps), trades);
        var agents = ReadAgents(Path.Combine(scenarioDirectory, RunFiles.Agents));
        var episodes = Enumerable.Range(0, s.Episodes).Select(e => new EpisodeResult(
            s.Scenario,
            e,
            market.TryGetValue(e, out var m) ? m : [],
            agents.TryGetValue(e, out var a) ? a : [])).ToArray();
        return new ScenarioResult
        {
            Scenario = s.Scenario,
            Seed = s.Seed,
            Strategy = s.Strategy,
            GridCapacityKW = s.GridCapacityKw,
            Episodes = episodes,
            Settings = s.Settings,
            Storage = s.Storage,
            Performance = s.Performance,
            Coordination = s.Coordination,
            Dso = s.Dso,
            Grid = s.Grid,
            Market = s.Market,
            Coupling = GridCouplingFiles.Exist(scenarioDirectory) ? GridCouplingFiles.Read(scenarioDirectory) : null,
        };
    }

    private static Dictionary<(int Episode, int Step), List<Trade>> ReadTrades(string path)
    {
        var byStep = new Dictionary<(int, int), List<Trade>>();
        foreach (var f in RunCsv.Read(path, RunFiles.TradesHeader))
        {
            if (!Enum.TryParse<TradeStage>(f[7], ignoreCase: false, out var stage))
            {
                throw new Core.Errors.ValidationException($"{RunFiles.Trades}:stage", f[7], "unknown trade stage");
            }

            var key = (ParseI(f[0]), ParseI(f[1]));
            if (!byStep.TryGetValue(key, out var list))
            {
                byStep[key] = list = [];
            }

            list.Add(new Trade(f[2], f[3], new PriceUsdPerMWh(ParseD(f[4])), new EnergyKWh(ParseD(f[5])), ParseD(f[6]), stage,
                ParseD(f[8]), new EnergyKWh(ParseD(f[9])), new MoneyUsd(ParseD(f[10]))));
        }

        return byStep;
    }

    private static Dictionary<int, List<MarketStepRecord>> ReadMarketSteps(string path, Dictionary<(int Episode, int Step), List<Trade>> trades)
    {
        var byEpisode = new Dictionary<int, List<MarketStepRecord>>();
        foreach (var f in RunCsv.Read(path, RunFiles.MarketStepsHeader))
        {
            var episode = ParseI(f[0]);
            var step = ParseI(f[1]);
            var stepTrades = trades.TryGetValue((episode, step), out var t) ? t : [];
            if (stepTrades.Count != ParseI(f[14]))
            {
                throw new Core.Errors.ValidationException($"{RunFiles.MarketSteps}:trade_count", f[14], $"trades.csv holds {stepTrades.Count} trades for episode {episode} step {step}");
            }

            if (!byEpisode.TryGetValue(episode, out var list))
            {
                byEpisode[episode] = list = [];
            }

            list.Add(new MarketStepRecord
            {
                Step = step,
                ClearingPrice = ParseD(f[2]),
                ClearingVolume = ParseD(f[3]),
                P2PVolume = ParseD(f[4]),
                DsoBuyVolume = ParseD(f[5]),
                DsoSellVolume = ParseD(f[6]),
                GridBalance = ParseD(f[7]),
                GridCongestion = ParseD(f[8]),
                FeedInTariff = ParseD(f[9]),
                UtilityPrice = ParseD(f[10]),
                LocalPriceAverage = ParseD(f[11]),
                LocalPriceAdvantage = ParseD(f[12]),
                UnmatchedOrders = ParseI(f[13]),
                Trades = stepTrades,
            });
        }

        return byEpisode;
    }

    private static Dictionary<int, List<AgentStepRecord>> ReadAgents(string path)
    {
        var byEpisode = new Dictionary<int, List<AgentStepRecord>>();
        foreach (var f in RunCsv.Read(path, RunFiles.AgentsHeader))
        {
            var episode = ParseI(f[0]);
            if (!byEpisode.TryGetValue(episode, out var list))
            {
                byEpisode[episode] = list = [];
            }

            list.Add(new AgentStepRecord
            {
                Episode = episode,
                Step = ParseI(f[1]),
                AgentId = f[2],
                GenerationKWh = ParseD(f[3]),
                DemandKWh = ParseD(f[4]),
                BoughtKWh = ParseD(f[5]),
                SoldKWh = ParseD(f[6]),
                ChargeKWh = ParseD(f[7]),
                DischargeKWh = ParseD(f[8]),
                CurtailedKWh = ParseD(f[9]),
                UnservedKWh = ParseD(f[10]),
                Soc = f[11].Length == 0 ? null : ParseD(f[11]),
                EnergyLevelKWh = ParseD(f[12]),
                CashUsd = ParseD(f[13]),
                Reward = ParseD(f[14]),
                Reputation = ParseD(f[15]),
            });
        }

        return byEpisode;
    }
}
