using EnergyCoSim.Fmi;
using EnergyCoSim.Simulation.Results;
using L = EnergyCoSim.FmuExport.MarketVariableLayout;

namespace EnergyCoSim.FmuExport.Tests;

/// <summary>Starting an exported FMU through the project's importer and comparing its outputs with an in-process run.</summary>
internal static class FmuSession
{
    public const double Hour = 3600;

    /// <summary>Instantiates, sets up at t = 0, applies <paramref name="configure"/> (parameters) and initialises.</summary>
    public static FmuInstance Start(Fmu fmu, string name, Action<FmuInstance>? configure = null)
    {
        var instance = fmu.Instantiate(name);
        instance.Setup(0, null);
        configure?.Invoke(instance);
        instance.EnterInitialization();
        instance.ExitInitialization();
        return instance;
    }

    public static double Real(FmuInstance instance, uint vr)
    {
        var value = new double[1];
        instance.GetReal([vr], value);
        return value[0];
    }

    public static long Step(FmuInstance instance)
    {
        var value = new long[1];
        instance.GetInteger([L.StepRef], value);
        return value[0];
    }

    /// <summary>Asserts that the FMU's market and agent outputs equal interval <paramref name="step"/> of <paramref name="reference"/> bit for bit.</summary>
    public static void AssertStepEquals(MarketVariableLayout layout, EpisodeResult reference, int step, FmuInstance instance)
    {
        var market = reference.MarketSteps[step];
        var m = new double[4];
        instance.GetReal([L.PriceRef, L.ClearingVolumeRef, L.P2PRef, L.DsoRef], m);
        Assert.Equal([market.ClearingPrice, market.ClearingVolume, market.P2PVolume, market.DsoTotalVolume], m);
        var n = layout.AgentIds.Count;
        var records = reference.AgentSteps.Where(r => r.Step == step).ToArray();
        Assert.Equal(n, records.Length);
        for (var i = 0; i < n; i++)
        {
            var r = records[i];
            var got = new double[5];
            instance.GetReal([L.AgentRef(i, L.Bought), L.AgentRef(i, L.Sold), L.AgentRef(i, L.Cash), L.AgentRef(i, L.Soc), L.AgentRef(i, L.Reward)], got);
            Assert.Equal(layout.AgentIds[i], r.AgentId);
            Assert.Equal([r.BoughtKWh, r.SoldKWh, r.CashUsd, r.Soc ?? 0, r.Reward], got);
        }
    }
}
