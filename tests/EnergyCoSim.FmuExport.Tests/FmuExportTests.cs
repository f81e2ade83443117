using EnergyCoSim.Fmi;
using EnergyCoSim.Simulation.Results;
using L = EnergyCoSim.FmuExport.MarketVariableLayout;

namespace EnergyCoSim.FmuExport.Tests;

public sealed class FmuExportTests(ExportedFmus fmus) : IClassFixture<ExportedFmus>
{
    private const double Hour = 3600;

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void DoStep_Case5_ReproducesInProcessRunBitForBit(int fmiVersion)
    {
        var reference = InProcessReference.Run(fmus.Scenario);
        using var fmu = Fmu.Load(fmus.PathOf(fmiVersion));
        using var instance = Start(fmu, "market");
        var steps = fmus.Scenario.MaxSteps;
        for (var t = 0; t < steps; t++)
        {
            instance.DoStep(t * Hour, Hour);
            AssertStepEquals(reference, t, instance);
        }

        var done = new bool[1];
        instance.GetBoolean([L.DoneRef], done);
        Assert.True(done[0]);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void RestoreState_AfterStep_RepeatsStepExactly(int fmiVersion)
    {
        using var fmu = Fmu.Load(fmus.PathOf(fmiVersion));
        using var instance = Start(fmu, "market");
        for (var t = 0; t < 5; t++)
        {
            instance.DoStep(t * Hour, Hour);
        }

        using var saved = instance.SaveState();
        instance.DoStep(5 * Hour, Hour);
        var first = Outputs(instance);
        instance.RestoreState(saved);
        instance.DoStep(5 * Hour, Hour);
        Assert.Equal(first, Outputs(instance));

        // Serialised states rebuild the same instant (here after two more steps).
        var bytes = instance.SerializeState(saved);
        instance.DoStep(6 * Hour, Hour);
        using var restored = instance.DeserializeState(bytes);
        instance.RestoreState(restored);
        instance.DoStep(5 * Hour, Hour);
        Assert.Equal(first, Outputs(instance));
    }

    [Fact]
    public void DoStep_TwoInstancesInterleaved_DoNotInterfere()
    {
        var reference = InProcessReference.Run(fmus.Scenario);
        using var fmu = Fmu.Load(fmus.Fmi2);
        using var a = Start(fmu, "a");
        using var b = Start(fmu, "b", i => i.SetInteger([L.SeedRef], [7]));
        for (var t = 0; t < fmus.Scenario.MaxSteps; t++)
        {
            a.DoStep(t * Hour, Hour);
            if (t % 2 == 0)
            {
                b.DoStep(t * Hour, Hour);
                b.DoStep((t + 1) * Hour, 0);
            }
            else
            {
                b.DoStep(t * Hour, Hour);
            }

            AssertStepEquals(reference, t, a);
        }
    }

    [Fact]
    public void DoStep_HalfIntervals_HoldOutputsUntilTheIntervalEnds()
    {
        var reference = InProcessReference.Run(fmus.Scenario);
        using var fmu = Fmu.Load(fmus.Fmi3);
        using var instance = Start(fmu, "market");
        instance.DoStep(0, Hour / 2);
        var step = new long[1];
        instance.GetInteger([L.StepRef], step);
        Assert.Equal(0, step[0]);
        instance.DoStep(Hour / 2, Hour / 2);
        AssertStepEquals(reference, 0, instance);
        instance.DoStep(Hour, 2.5 * Hour);
        AssertStepEquals(reference, 2, instance);
    }

    [Fact]
    public void DoStep_GenerationInputs_OverrideTheProfile()
    {
        using var fmu = Fmu.Load(fmus.Fmi2);
        using var instance = Start(fmu, "market");
        var n = fmus.Layout.AgentIds.Count;
        var refs = Enumerable.Range(0, n).Select(i => L.AgentRef(i, L.GenerationIn)).ToArray();
        instance.SetReal(refs, Enumerable.Repeat(0.0, n).ToArray());
        instance.DoStep(0, Hour);
        var sold = new double[n];
        instance.GetReal(Enumerable.Range(0, n).Select(i => L.AgentRef(i, L.Sold)).ToArray(), sold);
        var reference = InProcessReference.Run(fmus.Scenario);
        Assert.NotEqual(reference.AgentSteps.Where(r => r.Step == 0).Select(r => r.GenerationKWh), Enumerable.Repeat(0.0, n));
        Assert.All(sold, s => Assert.True(s >= 0));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Reset_AfterSteps_RepeatsTheEpisode(int fmiVersion)
    {
        var reference = InProcessReference.Run(fmus.Scenario);
        using var fmu = Fmu.Load(fmus.PathOf(fmiVersion));
        using var instance = Start(fmu, "market");
        instance.DoStep(0, 3 * Hour);
        instance.Reset();
        instance.Setup(0, null);
        instance.EnterInitialization();
        instance.ExitInitialization();
        instance.DoStep(0, Hour);
        AssertStepEquals(reference, 0, instance);
    }

    [Fact]
    public void ExitInitialization_UnknownMechanism_FailsNamingIt()
    {
        using var fmu = Fmu.Load(fmus.Fmi3);
        using var instance = fmu.Instantiate("market");
        instance.Setup(0, null);
        instance.SetString([L.MechanismRef], ["no_such_mechanism"]);
        instance.EnterInitialization();
        var error = Assert.ThrowsAny<Exception>(instance.ExitInitialization);
        Assert.Contains("no_such_mechanism", error.Message, StringComparison.Ordinal);
    }

    private double[] Outputs(FmuInstance instance)
    {
        var refs = fmus.Layout.Variables.Where(v => v.Causality == "output" && v.Type == FmuScalarType.Real).Select(v => v.ValueReference).ToArray();
        var values = new double[refs.Length];
        instance.GetReal(refs, values);
        return values;
    }

    private void AssertStepEquals(EpisodeResult reference, int step, FmuInstance instance) => FmuSession.AssertStepEquals(fmus.Layout, reference, step, instance);

    private static FmuInstance Start(Fmu fmu, string name, Action<FmuInstance>? configure = null) => FmuSession.Start(fmu, name, configure);
}
