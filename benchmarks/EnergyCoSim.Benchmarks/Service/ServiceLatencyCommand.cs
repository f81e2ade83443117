using System.Diagnostics;
using System.Globalization;

namespace EnergyCoSim.Benchmarks.Service;

/// <summary>
/// <c>service-latency [seconds] [name filter]</c>: times every single call of the <see cref="ServiceRoundTripBenchmarks"/> methods
/// and prints the per-call median and percentiles. On a shared machine a descheduled process spoils BenchmarkDotNet's
/// per-iteration means; the median of single calls still shows what one step costs when it gets a core.
/// </summary>
internal static class ServiceLatencyCommand
{
    public static async Task RunAsync(string[] args)
    {
        var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var only = args.Length > 2 ? args[2] : string.Empty;
        using var bench = new ServiceRoundTripBenchmarks();
        await bench.Setup();
        try
        {
            Console.WriteLine($"machine: {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, load average {LoadAverage()}");
            Console.WriteLine("| benchmark | calls | median | p10 | p90 | mean |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            await MeasureAsync(only, "in-process step, ledger on", seconds, 1, () => Task.FromResult(bench.InProcessStep()));
            await MeasureAsync(only, "in-process step, ledger off", seconds, 1, () => Task.FromResult(bench.InProcessStepLedgerOff()));
            await MeasureAsync(only, "gRPC step round trip, ledger on", seconds, 1, bench.StepRoundTrip);
            await MeasureAsync(only, "gRPC step round trip, ledger off", seconds, 1, bench.StepRoundTripLedgerOff);
            await MeasureAsync(only, "gRPC lockstep exchange, ledger on", seconds, 1, bench.LockstepRoundTrip);
            await MeasureAsync(only, "gRPC GetVariables round trip", seconds, 1, bench.GetVariableRoundTrip);
            await MeasureAsync(only, "16 parallel sessions, per step", seconds, 16, bench.SixteenParallelSessions);
            Console.WriteLine($"load average after: {LoadAverage()}");
        }
        finally
        {
            await bench.Cleanup();
        }
    }

    private static async Task MeasureAsync<T>(string only, string name, double seconds, int perCall, Func<Task<T>> call)
    {
        if (!name.Contains(only, StringComparison.Ordinal))
        {
            return;
        }

        var warmup = Stopwatch.StartNew();
        while (warmup.Elapsed.TotalSeconds < Math.Min(2, seconds / 2))
        {
            await call();
        }

        var samples = new List<double>();
        var total = Stopwatch.StartNew();
        while (total.Elapsed.TotalSeconds < seconds)
        {
            var start = Stopwatch.GetTimestamp();
            await call();
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds / perCall);
        }

        samples.Sort();
        string Ms(double v) => v.ToString("F4", CultureInfo.InvariantCulture) + " ms";
        Console.WriteLine($"| {name} | {samples.Count} | {Ms(samples[samples.Count / 2])} | {Ms(samples[samples.Count / 10])} | {Ms(samples[samples.Count * 9 / 10])} | {Ms(samples.Average())} |");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
