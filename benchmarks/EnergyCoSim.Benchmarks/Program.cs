using BenchmarkDotNet.Running;

namespace EnergyCoSim.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project benchmarks/EnergyCoSim.Benchmarks -- --filter *</c>, or
/// <c>-- service-latency [seconds]</c> for the service's per-call medians.
/// </summary>
public static class Program
{
    public static async Task Main(string[] args)
    {
        // Per-call latency of the service (see ServiceLatencyCommand); everything else is BenchmarkDotNet.
        if (args.Length > 0 && args[0] == "service-latency")
        {
            await Service.ServiceLatencyCommand.RunAsync(args);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
