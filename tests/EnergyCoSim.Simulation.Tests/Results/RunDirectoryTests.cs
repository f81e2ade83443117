using EnergyCoSim.Core.Errors;
using EnergyCoSim.Simulation.Results;

namespace EnergyCoSim.Simulation.Tests.Results;

public sealed class RunDirectoryTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "energycosim-run-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void WriteThenRead_TwoEpisodes_ReproducesEveryRecordExactly()
    {
        var original = SyntheticResults.Run(scenarios: 2, agents: 4, steps: 6, episodes: 2);
        RunDirectoryWriter.Write(dir, original, "1.2.3", "machine");

        var read = RunDirectoryReader.Read(dir);

        Assert.Equal(["no_battery", "uniform_small_battery"], read.Summary.Scenarios);
        Assert.Equal("1.2.3", read.Summary.EnergyCoSimVersion);
        for (var s = 0; s < original.Count; s++)
        {
            var (a, b) = (original[s], read.Scenarios[s]);
            Assert.Equal((a.Scenario, a.Seed, a.Strategy, a.GridCapacityKW), (b.Scenario, b.Seed, b.Strategy, b.GridCapacityKW));
            Assert.Equal(a.Storage, b.Storage);
            Assert.Equal(a.Performance, b.Performance);
            Assert.Equal(a.Coordination, b.Coordination);
            Assert.Equal(a.Dso, b.Dso);
            Assert.Equal(a.Settings, b.Settings);
            Assert.Equal(a.Market.AverageAgentRewards, b.Market.AverageAgentRewards);
            Assert.Equal(a.Episodes.Count, b.Episodes.Count);
            for (var e = 0; e < a.Episodes.Count; e++)
            {
                Assert.Equal(a.Episodes[e].AgentSteps, b.Episodes[e].AgentSteps);
                Assert.Equal(a.Episodes[e].MarketSteps.Count, b.Episodes[e].MarketSteps.Count);
                for (var t = 0; t < a.Episodes[e].MarketSteps.Count; t++)
                {
                    var (ma, mb) = (a.Episodes[e].MarketSteps[t], b.Episodes[e].MarketSteps[t]);
                    Assert.Equal(ma.Trades, mb.Trades);
                    Assert.Equal(ma with { Trades = [] }, mb with { Trades = [] });
                }
            }
        }
    }

    [Fact]
    public void Write_SameResultsTwice_GivesIdenticalTradesCsv()
    {
        var results = SyntheticResults.Run(scenarios: 1, agents: 3, steps: 5);
        RunDirectoryWriter.Write(Path.Combine(dir, "a"), results, "1", "m");
        RunDirectoryWriter.Write(Path.Combine(dir, "b"), results, "1", "m");

        Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "a", "no_battery", RunFiles.Trades)), File.ReadAllBytes(Path.Combine(dir, "b", "no_battery", RunFiles.Trades)));
    }

    [Fact]
    public void Write_AgentWithoutBattery_LeavesSocEmptyAndHeaderCarriesUnits()
    {
        RunDirectoryWriter.Write(dir, SyntheticResults.Run(scenarios: 1, agents: 2, steps: 1), "1", "m");

        var lines = File.ReadAllLines(Path.Combine(dir, "no_battery", RunFiles.Agents));
        Assert.Equal(string.Join(',', RunFiles.AgentsHeader), lines[0]);
        Assert.Equal("", lines[1].Split(',')[11]);
        Assert.Contains("clearing_price_usd_per_mwh", File.ReadAllLines(Path.Combine(dir, "no_battery", RunFiles.MarketSteps))[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Ranking_IsByFinalRewardBestFirst()
    {
        var results = SyntheticResults.Run(scenarios: 3, agents: 2, steps: 2);
        RunDirectoryWriter.Write(dir, results, "1", "m");

        var expected = results.OrderByDescending(r => r.Performance.FinalReward).Select(r => r.Scenario).ToArray();
        Assert.Equal(expected, RunDirectoryReader.Read(dir).Summary.Ranking);
    }

    [Fact]
    public void ReadScenario_TradeCountMismatch_ThrowsValidation()
    {
        RunDirectoryWriter.Write(dir, SyntheticResults.Run(scenarios: 1, agents: 3, steps: 3), "1", "m");
        var trades = Path.Combine(dir, "no_battery", RunFiles.Trades);
        var lines = File.ReadAllLines(trades);
        File.WriteAllLines(trades, lines.Take(lines.Length - 1));

        Assert.Throws<ValidationException>(() => RunDirectoryReader.ReadScenario(Path.Combine(dir, "no_battery")));
    }

    [Fact]
    public void Read_MissingDirectory_ThrowsNotFound()
    {
        Assert.Throws<NotFoundException>(() => RunDirectoryReader.Read(dir));
    }

    [Fact]
    public void Csv_AgentIdWithCommaAndQuote_RoundTrips()
    {
        var s = SyntheticResults.Run(scenarios: 1, agents: 2, steps: 2)[0];
        var ep = s.Episodes[0];
        var renamed = ep with { AgentSteps = ep.AgentSteps.Select(a => a with { AgentId = "odd, \"name\"" }).ToArray() };
        RunDirectoryWriter.WriteScenario(dir, s with { Episodes = [renamed] });

        var back = RunDirectoryReader.ReadScenario(Path.Combine(dir, "no_battery"));
        Assert.All(back.Episodes[0].AgentSteps, a => Assert.Equal("odd, \"name\"", a.AgentId));
    }

    [Fact]
    public void LearningCurveCsv_WriteThenRead_RoundTripsSorted()
    {
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, RunFiles.LearningCurves);
        LearningCurvePoint[] points = [new("sac", "dtde", 1, 0.1 + 0.2, -1, 2), new("ppo", "ctde", 0, 1.0 / 3, 0, 1)];

        LearningCurveCsv.Write(path, points);

        Assert.Equal([points[1], points[0]], LearningCurveCsv.Read(path));
    }

    [Fact]
    public void LearningCurveCsv_TrainerFormatWithExtraColumns_ReadsByName()
    {
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "curve.csv");
        File.WriteAllText(path, "algorithm,mode,iteration,episodes,agent_steps,seconds,reward_mean,reward_min,reward_max,a_reward_mean\nppo,ctde,0,4,96,0.5,1.5,-1,3,0.2\n");

        Assert.Equal([new LearningCurvePoint("ppo", "ctde", 0, 1.5, -1, 3)], LearningCurveCsv.Read(path));
    }

    [Fact]
    public void LearningCurveCsv_MissingRewardColumn_ThrowsValidation()
    {
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "curve.csv");
        File.WriteAllText(path, "algorithm,mode,iteration\nppo,ctde,0\n");

        Assert.Throws<ValidationException>(() => LearningCurveCsv.Read(path));
    }
}
