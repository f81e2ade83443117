using BenchmarkDotNet.Running;

namespace EnergyCoSim.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project benchmarks/EnergyCoSim.Benchmarks -- --filter *</c>, or
/// <c>-- service-latency [seconds]</c> for the service's per-call medians, or <c>-- learning-cpu</c> for the
/// learning CPU-time figures.
/// </summary>
public static class Program
{
    public static async Task Main(string[] args)
    {
        // Figures BenchmarkDotNet cannot give on a loaded machine (per-call medians, process CPU time).
        if (args.Length > 0 && args[0] == "service-latency")
        {
            await Service.ServiceLatencyCommand.RunAsync(args);
            return;
        }

        if (args.Length > 0 && args[0] == "learning-memory")
        {
            Learning.LearningMemory.Run(args, Console.Out);
            return;
        }

        if (args is ["learning-cpu"])
        {
            Learning.LearningCpuTimes.Run(Console.Out);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
