using EnergyCoSim.Core.Errors;
using EnergyCoSim.Simulation.Results;

namespace EnergyCoSim.Simulation.Tests.Results;

public sealed class GridCouplingFilesTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "energycosim-grid-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void WriteThenRead_HandMadeRecords_ReproducesEveryFieldBitForBit()
    {
        var original = GridCouplingTestData.ThreeIntervals();

        GridCouplingFiles.Write(dir, original);
        var read = GridCouplingFiles.Read(dir);

        Assert.Equal((original.Feeder, original.VMinPu, original.VMaxPu, original.IntervalHours, original.MaxIterations), (read.Feeder, read.VMinPu, read.VMaxPu, read.IntervalHours, read.MaxIterations));
        Assert.Equal(original.BusIds, read.BusIds);
        Assert.Equal(original.FixedVoltageBuses, read.FixedVoltageBuses);
        Assert.Equal(original.Branches, read.Branches);
        Assert.Equal(original.Steps.Count, read.Steps.Count);
        for (var i = 0; i < original.Steps.Count; i++)
        {
            var (a, b) = (original.Steps[i], read.Steps[i]);
            Assert.Equal(a with { VoltagesPu = [], LoadingsPct = [] }, b with { VoltagesPu = [], LoadingsPct = [] });
            Assert.Equal(a.VoltagesPu, b.VoltagesPu);
            Assert.Equal(a.LoadingsPct, b.LoadingsPct);
        }

        // 0.1 + 0.2 is not 0.3: the round-trip format keeps its last bit.
        Assert.Equal(BitConverter.DoubleToInt64Bits(0.1 + 0.2), BitConverter.DoubleToInt64Bits(read.Steps[1].ClearingPriceUsdPerMWh));
    }

    [Fact]
    public void Write_HandMadeRecords_WritesTheDocumentedColumns()
    {
        GridCouplingFiles.Write(dir, GridCouplingTestData.ThreeIntervals());

        var coupling = File.ReadAllLines(Path.Combine(dir, RunFiles.Coupling));
        Assert.Equal("step,iterations,converged,v_min_pu,v_max_pu,worst_bus,max_loading_pct,losses_kw,violations,curtailed_kwh,clearing_price_usd_per_mwh,p2p_volume_kwh", coupling[0]);
        Assert.Equal("2,4,false,0.94,1,806,120.25,8,1,1.5,99,1E-17", coupling[3]);
        Assert.Equal(["step,bus_800_pu,bus_802_pu,bus_806_pu,bus_808_pu", "0,1,0.99,0.98,0.97"], File.ReadLines(Path.Combine(dir, RunFiles.GridVoltages)).Take(2));
        Assert.Equal("step,branch_800_802_pct,branch_802_806_pct,branch_806_808_pct", File.ReadLines(Path.Combine(dir, RunFiles.GridLoadings)).First());
    }

    [Fact]
    public void Read_VoltagesMissingAStep_IsAValidationErrorNamingTheFiles()
    {
        GridCouplingFiles.Write(dir, GridCouplingTestData.ThreeIntervals());
        var path = Path.Combine(dir, RunFiles.GridVoltages);
        File.WriteAllLines(path, File.ReadAllLines(path).Where(l => !l.StartsWith("1,", StringComparison.Ordinal)));

        var error = Assert.Throws<ValidationException>(() => GridCouplingFiles.Read(dir));

        Assert.Contains(RunFiles.GridVoltages, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunDirectory_ScenarioWithCoupling_RoundTripsItAndAMarketOnlyOneStaysWithout()
    {
        var results = SyntheticResults.Run(scenarios: 2, agents: 3, steps: 3);
        var coupled = results[0] with { Coupling = GridCouplingTestData.ThreeIntervals() };
        RunDirectoryWriter.Write(dir, [coupled, results[1]], "1.0.0", "machine");

        var read = RunDirectoryReader.Read(dir);

        Assert.NotNull(read.Scenarios[0].Coupling);
        Assert.Equal(coupled.Coupling!.Steps.Select(s => s.LossesKw), read.Scenarios[0].Coupling!.Steps.Select(s => s.LossesKw));
        Assert.Null(read.Scenarios[1].Coupling);
        Assert.False(File.Exists(Path.Combine(dir, RunDirectoryWriter.ScenarioFolderName(results[1].Scenario), RunFiles.Coupling)));
    }
}
