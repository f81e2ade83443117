using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Running;
using EnergyCoSim.Simulation.Scenarios;
using EnergyCoSim.Simulation.Strategies;
using EnergyCoSim.Simulation.Tests.Support;

namespace EnergyCoSim.Simulation.Tests.Running;

/// <summary>Every shipped example scenario runs end to end, so examples cannot rot.</summary>
public sealed class ExampleScenarioTests
{
    public static TheoryData<string> ExampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Examples(), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Examples(), file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Run_ExampleScenario_CompletesEveryStepWithFiniteResults(string relativePath)
    {
        var doc = ScenarioLoader.Load(RepositoryPaths.Examples(relativePath));
        var result = ScenarioRunner.Run(ScenarioCompiler.Compile(doc), new ZeroIntelligenceStrategy());

        Assert.Equal(doc.Episodes, result.Episodes.Count);
        Assert.All(result.Episodes, e => Assert.Equal(doc.MaxSteps, e.MarketSteps.Count));
        Assert.True(double.IsFinite(result.Performance.AverageReward));
        Assert.True(double.IsFinite(result.Performance.MeanClearingPrice));
        Assert.InRange(result.Performance.MeanClearingPrice, doc.Market.MinPrice, doc.Market.MaxPrice);
    }

    [Fact]
    public void Run_Case5WithRuleBasedStrategy_IsMoreSelfSufficientThanZeroIntelligence()
    {
        var doc = ScenarioLoader.Load(TestScenarios.Case5("uniform_large_battery"));
        var zi = ScenarioRunner.Run(ScenarioCompiler.Compile(doc), new ZeroIntelligenceStrategy());
        var rules = ScenarioRunner.Run(ScenarioCompiler.Compile(doc), new RuleBasedStrategy());
        Assert.True(rules.Performance.SelfSufficiency > zi.Performance.SelfSufficiency,
            $"rule-based self-sufficiency {rules.Performance.SelfSufficiency:P1} should beat zero intelligence {zi.Performance.SelfSufficiency:P1}");
    }
}
