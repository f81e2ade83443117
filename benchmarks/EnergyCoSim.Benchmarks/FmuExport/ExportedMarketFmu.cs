using EnergyCoSim.FmuExport;
using EnergyCoSim.Fmi;
using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.Benchmarks.FmuExport;

/// <summary>Packs case 5 as an FMU around the NativeAOT binary in artifacts/ (published by the FmuExport tests or export-fmu).</summary>
internal static class ExportedMarketFmu
{
    public static (string Path, ScenarioDocument Scenario) Pack(FmiVersion version)
    {
        var root = FindRoot();
        var binary = System.IO.Path.Combine(root, "artifacts", "fmuexport", "linux-x64", "EnergyCoSim.FmuExport.so");
        if (!File.Exists(binary))
        {
            throw new FileNotFoundException($"{binary} is missing: run `dotnet test tests/EnergyCoSim.FmuExport.Tests` or `energycosim export-fmu` once", binary);
        }

        var scenario = ScenarioLoader.Load(System.IO.Path.Combine(root, "examples", "case5-battery-coordination", "strategic_battery.yaml"));
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"energycosim-bench-case5-{version}.fmu");
        FmuPackager.Pack(new FmuPackageRequest(scenario, binary, version == FmiVersion.Fmi2 ? 2 : 3, path));
        return (path, scenario);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "EnergyCoSim.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("EnergyCoSim.sln not found above " + AppContext.BaseDirectory);
    }
}
