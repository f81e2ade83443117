using BenchmarkDotNet.Running;

namespace EnergyCoSim.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/EnergyCoSim.Benchmarks -- --filter *</c> (or <c>-- learning-cpu</c>).</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["learning-cpu"])
        {
            Learning.LearningCpuTimes.Run(Console.Out);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
