using EnergyCoSim.Core.Units;
using EnergyCoSim.Fmi;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Running;
using EnergyCoSim.Simulation.Spaces;
using static EnergyCoSim.FmuExport.Tests.FmuSession;
using L = EnergyCoSim.FmuExport.MarketVariableLayout;

namespace EnergyCoSim.FmuExport.Tests;

public sealed class FmuVariablesTests(ExportedFmus fmus) : IClassFixture<ExportedFmus>
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void DoStep_PowerFactor08_KvarIsThreeQuartersOfKwPerAgentAndSummedPerBus(int fmiVersion)
    {
        // pf 0.8: tan(acos 0.8) = 0.6 / 0.8 = 0.75.
        using var fmu = Fmu.Load(fmus.PathOf(fmiVersion));
        using var instance = Start(fmu, "pf", i => i.SetReal([L.PowerFactorRef], [0.8]));
        var layout = fmus.Layout;
        for (var t = 0; t < 3; t++)
        {
            instance.DoStep(t * Hour, Hour);
            var busKw = new double[layout.BusIds.Count];
            for (var i = 0; i < layout.AgentIds.Count; i++)
            {
                var p = Real(instance, L.AgentRef(i, L.NetInjection));
                Assert.Equal(0.75 * p, Real(instance, L.AgentRef(i, L.NetInjectionKvar)), 12);
                busKw[layout.AgentBus[i]] += p;
            }

            Assert.Contains(busKw, p => p != 0);
            for (var k = 0; k < layout.BusIds.Count; k++)
            {
                Assert.Equal(busKw[k], Real(instance, layout.BusRef(k)));
                Assert.Equal(0.75 * busKw[k], Real(instance, layout.BusKvarRef(k)), 12);
            }
        }
    }

    [Fact]
    public void DoStep_DefaultPowerFactor_KvarIsZero()
    {
        using var fmu = Fmu.Load(fmus.Fmi3);
        using var instance = Start(fmu, "unity");
        instance.DoStep(0, Hour);
        var layout = fmus.Layout;
        Assert.Contains(Enumerable.Range(0, layout.AgentIds.Count), i => Real(instance, L.AgentRef(i, L.NetInjection)) != 0);
        Assert.All(Enumerable.Range(0, layout.AgentIds.Count), i => Assert.Equal(0, Real(instance, L.AgentRef(i, L.NetInjectionKvar))));
        Assert.All(Enumerable.Range(0, layout.BusIds.Count), k => Assert.Equal(0, Real(instance, layout.BusKvarRef(k))));
    }

    [Fact]
    public void ExitInitialization_PowerFactorAboveOne_FailsNamingFieldValueAndRange()
    {
        using var fmu = Fmu.Load(fmus.Fmi2);
        using var instance = fmu.Instantiate("badpf");
        instance.Setup(0, null);
        instance.SetReal([L.PowerFactorRef], [1.5]);
        instance.EnterInitialization();
        var error = Assert.ThrowsAny<Exception>(instance.ExitInitialization);
        Assert.Contains(instance.RecentMessages, m => m.Contains("power_factor", StringComparison.Ordinal) && m.Contains("1.5", StringComparison.Ordinal) && m.Contains("(0, 1]", StringComparison.Ordinal));
        Assert.NotNull(error);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void DoStep_TariffInputs_SettleTheIntervalAtTheOverrideThenRevert(int fmiVersion)
    {
        using var fmu = Fmu.Load(fmus.PathOf(fmiVersion));
        using var instance = Start(fmu, "tariff");
        instance.SetReal([L.FeedInInRef, L.UtilityInRef], [20, 300]);
        instance.DoStep(0, Hour);

        // The same interval in process with the same override: the FMU repeats it bit for bit.
        var env = InProcessStep(fmus, feedIn: 20, utility: 300);
        var market = env.MarketHistory[0];
        Assert.Equal(20, market.FeedInTariff);
        Assert.Equal(300, market.UtilityPrice);
        Assert.Equal(20, Real(instance, L.FeedInOutRef));
        Assert.Equal(300, Real(instance, L.UtilityOutRef));
        Assert.Equal(market.ClearingPrice, Real(instance, L.PriceRef));
        for (var i = 0; i < fmus.Layout.AgentIds.Count; i++)
        {
            var r = env.AgentHistory[i];
            Assert.Equal([r.BoughtKWh, r.SoldKWh, r.CashUsd, r.Reward], new[] { L.Bought, L.Sold, L.Cash, L.Reward }.Select(o => Real(instance, L.AgentRef(i, o))));
        }

        // Settlement by hand: the DSO sold S kWh at 300 $/MWh and bought B kWh at 20 $/MWh, so it earned (300·S − 20·B)/1000 USD.
        Assert.True(market.DsoSellVolume + market.DsoBuyVolume > 0);
        Assert.Equal(((300 * market.DsoSellVolume) - (20 * market.DsoBuyVolume)) / 1000, env.Dso.Cumulative.Profit.Value, 9);
        Assert.All(env.LastMatching!.Trades.Where(t => t.IsDsoTrade), t => Assert.Equal(t.SellerId == env.Dso.Id ? 300 : 20, t.Price.Value));

        // Inputs back at −1: the next interval uses the scenario's tariffs again.
        instance.SetReal([L.FeedInInRef, L.UtilityInRef], [-1, -1]);
        instance.DoStep(Hour, Hour);
        var reference = InProcessReference.Run(fmus.Scenario);
        Assert.Equal(reference.MarketSteps[1].FeedInTariff, Real(instance, L.FeedInOutRef));
        Assert.Equal(reference.MarketSteps[1].UtilityPrice, Real(instance, L.UtilityOutRef));
    }

    [Fact]
    public void DoStep_FeedInAboveUtility_ReturnsErrorNamingTheTariffAndKeepsTheInterval()
    {
        using var fmu = Fmu.Load(fmus.Fmi3);
        using var instance = Start(fmu, "badtariff");
        instance.SetReal([L.FeedInInRef, L.UtilityInRef], [400, 300]);
        Assert.ThrowsAny<Exception>(() => instance.DoStep(0, Hour));
        Assert.Contains(instance.RecentMessages, m => m.Contains("utility_usd_per_mwh", StringComparison.Ordinal) && m.Contains("feed-in tariff 400", StringComparison.Ordinal));
        Assert.Equal(0, Step(instance));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void RestoreState_WithTariffAndProfileInputs_RepeatsTheFollowingStepsBitForBit(int fmiVersion)
    {
        using var fmu = Fmu.Load(fmus.PathOf(fmiVersion));
        using var instance = Start(fmu, "rollback");
        instance.SetReal([L.FeedInInRef, L.AgentRef(2, L.GenerationIn)], [55, 12.5]);
        instance.DoStep(0, 3 * Hour);
        using var saved = instance.SaveState();
        var bytes = instance.SerializeState(saved);
        var first = Run(instance, 3);

        instance.RestoreState(saved);
        Assert.Equal(first, Run(instance, 3));

        using var fresh = Start(fmu, "other");
        using var restored = fresh.DeserializeState(bytes);
        fresh.RestoreState(restored);
        Assert.Equal(first, Run(fresh, 3));
    }

    /// <summary>Steps from interval <paramref name="from"/> to the end with changing tariff inputs; every real output of every step.</summary>
    private double[] Run(FmuInstance instance, int from)
    {
        var refs = fmus.Layout.Variables.Where(v => v.Causality == "output" && v.Type == FmuScalarType.Real).Select(v => v.ValueReference).ToArray();
        var all = new List<double>();
        for (var t = from; t < fmus.Scenario.MaxSteps; t++)
        {
            instance.SetReal([L.UtilityInRef], [t % 2 == 0 ? 250 : -1]);
            instance.DoStep(t * Hour, Hour);
            var values = new double[refs.Length];
            instance.GetReal(refs, values);
            all.AddRange(values);
        }

        return [.. all];
    }

    private static LocalEnergyMarketEnvironment InProcessStep(ExportedFmus fmus, double feedIn, double utility)
    {
        var compiled = ScenarioCompiler.Compile(fmus.Scenario);
        var env = new LocalEnergyMarketEnvironment(compiled);
        var n = env.AgentIds.Count;
        var obs = new float[n * env.ObservationSize];
        var actions = new float[n * ActionBox.Size];
        env.Reset(0, obs);
        var random = env.AgentIds.Select(id => compiled.Streams.For("strategy", id, 0)).ToArray();
        var meanUtility = Enumerable.Range(0, env.MaxSteps).Average(t => env.Dso.UtilityPrice(t).Value);
        env.OverrideCurrentTariffs(new PriceUsdPerMWh(feedIn), new PriceUsdPerMWh(utility));
        ScenarioRunner.Decide(env, StrategyCatalog.Create(fmus.Scenario.Strategy), obs, actions, random, meanUtility);
        env.Step(actions, obs, new double[n]);
        return env;
    }
}
