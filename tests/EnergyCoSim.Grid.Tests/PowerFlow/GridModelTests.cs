using EnergyCoSim.Grid.Feeders;
using EnergyCoSim.Grid.Network;
using EnergyCoSim.Grid.PowerFlow;

namespace EnergyCoSim.Grid.Tests.PowerFlow;

public class GridModelTests
{
    [Fact]
    public void SetBusInjectionKw_PvAtBus18_EqualsCaseWithReducedLoad()
    {
        var feeder = BuiltInFeeders.Load(BuiltInFeeders.BaranWu33);
        var model = new GridModel(feeder);
        model.SetBusInjectionKw(18, 60, 20);
        var edited = new GridCase(feeder.Name, feeder.BaseMva, feeder.Buses, feeder.Branches, feeder.Generators,
            [.. feeder.Loads, new Load(18, -0.060, -0.020)]);

        var outcome = model.Solve();
        var reference = new NewtonRaphsonSolver().Solve(edited);

        Assert.True(outcome.Converged);
        Assert.Equal(reference.Bus(18).VmPu, model.VoltagePu(18), 1e-9);
        Assert.Equal(reference.TotalLossMw * 1000, model.Losses().PKw, 1e-6);
        Assert.Equal(reference.SlackPMw, model.ToResult().SlackPMw, 1e-9);
    }

    [Fact]
    public void ToResult_ScaledLoad_SlackCoversScaledLoadPlusLosses()
    {
        var feeder = BuiltInFeeders.Load(BuiltInFeeders.BaranWu33);
        var model = new GridModel(feeder);
        model.SetLoadScale(0.5);
        model.Solve();

        var result = model.ToResult();

        Assert.Equal((feeder.Loads.Sum(l => l.PMw) * 0.5) + result.TotalLossMw, result.SlackPMw, 1e-9);
    }

    [Fact]
    public void Solve_SecondSolveAfterSmallChange_IsWarmAndNeedsFewerIterations()
    {
        var model = new GridModel(BuiltInFeeders.Load(BuiltInFeeders.BaranWu33));
        var first = model.Solve();
        model.SetLoadScale(1.01);

        var second = model.Solve();

        Assert.True(second.Converged);
        Assert.Equal(InitialPoint.Warm, model.LastInitialPoint);
        Assert.True(second.Iterations < first.Iterations);
    }

    [Fact]
    public void Solve_WarmStep_AllocatesNothing()
    {
        var model = new GridModel(BuiltInFeeders.Load(BuiltInFeeders.LvResidential));
        model.Solve();
        var loadings = new double[model.Case.Branches.Count];
        var voltages = new double[model.Case.Buses.Count];
        model.SetLoadScale(0.9);
        model.Solve();

        var before = GC.GetAllocatedBytesForCurrentThread();
        model.SetLoadScale(0.8);
        model.SetBusInjectionKw(100, 3, 0);
        var outcome = model.Solve();
        _ = model.Losses();
        model.CopyBranchLoadingsPercent(loadings);
        model.CopyVoltagesPu(voltages);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(outcome.Converged);
        Assert.Equal(0, allocated);
        Assert.InRange(loadings.Max(), 1, 100);
    }

    [Fact]
    public void ToResult_AfterSolve_MatchesSolverAndReportsLoadings()
    {
        var feeder = BuiltInFeeders.Load(BuiltInFeeders.LvResidential);
        var model = new GridModel(feeder);
        model.Solve();

        var result = model.ToResult();

        Assert.True(result.Converged);
        Assert.Equal(model.Losses().PKw, result.TotalLossMw * 1000, 1e-9);
        Assert.All(result.Branches, b => Assert.NotNull(b.LoadingPercent));
        Assert.Equal(result.MinVmPu, model.VoltageRangePu().Min);
    }

    [Fact]
    public void AddBusInjectionKw_TwoAgentsOnOneBus_SumsAndClearRestoresCase()
    {
        var model = new GridModel(BuiltInFeeders.Load(BuiltInFeeders.BaranWu33));
        model.Solve();
        var baseV = model.VoltagePu(18);
        model.SetBusInjectionKw(18, 30, 0);
        model.AddBusInjectionKw(18, 30, 0);
        model.Solve();
        var both = model.VoltagePu(18);
        model.SetBusInjectionKw(18, 60, 0);
        model.Solve();

        Assert.Equal(model.VoltagePu(18), both, 1e-12);
        Assert.True(both > baseV);
        model.ClearInjections();
        model.Solve();
        Assert.Equal(baseV, model.VoltagePu(18), 1e-9);
        Assert.Equal(17, model.BusIndex(18));
    }

    [Fact]
    public void Solve_Ieee34WithLogger_LogsTheFlatStartFallback()
    {
        var logger = new RecordingLogger();
        var model = new GridModel(BuiltInFeeders.Load(BuiltInFeeders.Ieee34), logger: logger);

        var outcome = model.Solve();

        Assert.True(outcome.Converged);
        Assert.Contains(logger.Entries, e => e.Id.Id == 6001 && e.Message.Contains("ieee34") && e.Message.Contains("no-load"));
        Assert.DoesNotContain(logger.Entries, e => e.Id.Id == 6002);
    }

    [Fact]
    public void SetBusInjectionKw_UnknownBus_Throws()
    {
        var model = new GridModel(BuiltInFeeders.Load(BuiltInFeeders.BaranWu33));

        Assert.Throws<KeyNotFoundException>(() => model.SetBusInjectionKw(999, 1, 0));
    }

    [Fact]
    public void RunLoadScaled_DailyProfile_ConvergesEveryStepWithVoltagesFollowingLoad()
    {
        var model = new GridModel(BuiltInFeeders.Load(BuiltInFeeders.BaranWu33));
        var profile = Enumerable.Range(0, 48).Select(h => 0.6 + (0.4 * Math.Sin(h * Math.PI / 24))).ToArray();

        var steps = PowerFlowTimeSeries.RunLoadScaled(model, profile);

        Assert.All(steps, s => Assert.Equal(PowerFlowStatus.Converged, s.Status));
        var peak = Array.IndexOf(profile, profile.Max());
        Assert.Equal(steps.Min(s => s.MinVmPu), steps[peak].MinVmPu);
        Assert.Equal(202.7, PowerFlowTimeSeries.RunLoadScaled(model, [1.0])[0].LossKw, 0.1);
    }
}
