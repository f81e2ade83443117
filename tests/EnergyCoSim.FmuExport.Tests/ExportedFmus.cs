using System.Reflection;
using EnergyCoSim.FmuExport;
using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.FmuExport.Tests;

/// <summary>Case 5 (strategic_battery) packed once per test run as FMI 2 and FMI 3 FMUs around the NativeAOT library.</summary>
public sealed class ExportedFmus : IDisposable
{
    public ExportedFmus()
    {
        var metadata = typeof(ExportedFmus).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value);
        NativeLibrary = metadata["FmuNativeLibrary"]!;
        ScenarioFile = Path.Combine(metadata["RepoRoot"]!, "examples", "case5-battery-coordination", "strategic_battery.yaml");
        Scenario = ScenarioLoader.Load(ScenarioFile);
        Directory.CreateDirectory(Folder);
        Fmi2 = Path.Combine(Folder, "case5-fmi2.fmu");
        Fmi3 = Path.Combine(Folder, "case5-fmi3.fmu");
        Layout = FmuPackager.Pack(new FmuPackageRequest(Scenario, NativeLibrary, 2, Fmi2) { ScenarioFile = ScenarioFile });
        FmuPackager.Pack(new FmuPackageRequest(Scenario, NativeLibrary, 3, Fmi3) { ScenarioFile = ScenarioFile });
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "energycosim-fmuexport-tests", Guid.NewGuid().ToString("N"));

    public string NativeLibrary { get; }

    public string ScenarioFile { get; }

    public ScenarioDocument Scenario { get; }

    public MarketVariableLayout Layout { get; }

    public string Fmi2 { get; }

    public string Fmi3 { get; }

    public string PathOf(int fmiVersion) => fmiVersion == 2 ? Fmi2 : Fmi3;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A library still mapped by the importer's cache; the temp folder is cleaned by the OS.
        }
    }
}
