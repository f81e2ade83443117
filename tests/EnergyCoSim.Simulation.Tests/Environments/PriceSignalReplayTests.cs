using EnergyCoSim.Core.Units;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Tests.Support;

using static EnergyCoSim.Simulation.Tests.Support.EnvironmentRuns;

namespace EnergyCoSim.Simulation.Tests.Environments;

/// <summary>Tariff overrides and grid fees set from outside travel in the replayed byte state.</summary>
public sealed class PriceSignalReplayTests
{
    [Fact]
    public void DeserializeState_AfterTariffOverrideGridFeesAndBatteryFailure_ContinuesExactlyLikeTheOriginal()
    {
        var env = LocalEnergyMarketEnvironment.FromScenario(TestScenarios.Small(preference: false));
        var actions = ActionSequence(env, seed: 21);
        env.Reset(0, new float[env.AgentIds.Count * env.ObservationSize]);
        Run(env, actions, 0, 4);
        env.OverrideCurrentTariffs(new PriceUsdPerMWh(20), new PriceUsdPerMWh(300.1));
        Run(env, actions, 4, 5);
        env.SetCurrentGridFees(new Dictionary<string, double> { [env.AgentIds[0]] = 12.3, [env.AgentIds[2]] = 40 });
        var withBattery = env.Agents.Select((a, i) => (a, i)).First(x => x.a.Battery is not null).i;
        env.SetBatteryInService(withBattery, inService: false);
        Run(env, actions, 5, 7);
        env.SetCurrentGridFees(new Dictionary<string, double>());
        Run(env, actions, 7, 8);

        // Carried at float32 precision in the live run as in the bytes.
        Assert.Equal((double)300.1f, env.Dso.UtilityPrice(4).Value, 1e-9);
        var bytes = env.SerializeState();
        var expected = Run(env, actions, 8, 24);

        var copy = LocalEnergyMarketEnvironment.FromScenario(TestScenarios.Small(preference: false));
        copy.DeserializeState(bytes, new float[env.AgentIds.Count * env.ObservationSize]);

        Assert.Equal(env.Dso.UtilityPrice(4).Value, copy.Dso.UtilityPrice(4).Value);
        Assert.Empty(copy.Dso.GridFees);
        Assert.True(copy.Agents[withBattery].Battery!.OutOfService);
        Assert.Equal(expected, Run(copy, actions, 8, 24));
    }

    [Fact]
    public void SetCurrentGridFees_UnknownAgent_IsRejectedAndNothingChanges()
    {
        var env = LocalEnergyMarketEnvironment.FromScenario(TestScenarios.Small());
        env.Reset(0, new float[env.AgentIds.Count * env.ObservationSize]);

        Assert.Throws<Core.Errors.NotFoundException>(() => env.SetCurrentGridFees(new Dictionary<string, double> { ["ghost"] = 5 }));
        Assert.Empty(env.Dso.GridFees);
    }
}
