using EnergyCoSim.Master;
using EnergyCoSim.Master.Observers;
using EnergyCoSim.Testing;
using Parquet;
using Parquet.Schema;

namespace EnergyCoSim.Master.Tests;

/// <summary>A counter (y = number of steps) observed over three steps of 2 ticks at 0.5 s per tick.</summary>
public sealed class ObserverTests
{
    [Fact]
    public async Task TimeSeriesObserver_ThreeSteps_WritesExactCsv()
    {
        var (execution, series, _) = Build();
        await execution.RunAsync();
        using var csv = new MemoryStream();

        await series.WriteCsvAsync(csv);

        var text = System.Text.Encoding.UTF8.GetString(csv.ToArray());
        Assert.Equal("time_ticks,time_s,A.y[kW]\n0,0,0\n2,1,1\n4,2,2\n6,3,3\n", text);
    }

    [Fact]
    public async Task TimeSeriesObserver_ThreeSteps_WritesReadableParquet()
    {
        var (execution, series, _) = Build();
        await execution.RunAsync();
        using var file = new MemoryStream();

        await series.WriteParquetAsync(file);
        file.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(file);
        using var group = reader.OpenRowGroupReader(0);
        var fields = reader.Schema.GetDataFields();
        var ticks = new long[4];
        var values = new double[4];
        await group.ReadAsync<long>((DataField)fields[0], ticks.AsMemory());
        await group.ReadAsync<double>((DataField)fields[2], values.AsMemory());

        Assert.Equal(["time_ticks", "time_s", "A.y[kW]"], fields.Select(f => f.Name));
        Assert.Equal([0L, 2, 4, 6], ticks);
        Assert.Equal([0.0, 1, 2, 3], values);
    }

    [Fact]
    public async Task LastValueObserver_AfterRun_HoldsFinalValues()
    {
        var (execution, _, last) = Build();

        await execution.RunAsync();

        Assert.Equal(6, last.Time.Ticks);
        Assert.Equal(3.0, last.GetReal("A", "y"));
    }

    private static (Execution, TimeSeriesObserver, LastValueObserver) Build()
    {
        var a = new MockComponentBuilder("A").RealOutput("y", "kW").OnStep(ctx => ctx["y"] += 1).Build();
        var series = new TimeSeriesObserver([new("A", "y")]) { SecondsPerTick = 0.5 };
        var last = new LastValueObserver();
        var execution = new ExecutionBuilder().AddComponent(a).AddObserver(series).AddObserver(last).Build(TestOptions.Fixed(6, 2));
        return (execution, series, last);
    }
}
