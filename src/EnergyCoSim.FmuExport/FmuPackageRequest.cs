using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.FmuExport;

/// <summary>What to pack: a validated scenario, the NativeAOT library, the FMI version and where the .fmu goes.</summary>
public sealed record FmuPackageRequest
{
    /// <summary>Builds a request; fails on an FMI version other than 2 or 3 and on missing files.</summary>
    public FmuPackageRequest(ScenarioDocument scenario, string nativeLibrary, int fmiVersion, string outputPath)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        if (fmiVersion is not (2 or 3))
        {
            throw new ArgumentOutOfRangeException(nameof(fmiVersion), fmiVersion, "FMI version must be 2 or 3");
        }

        if (!File.Exists(nativeLibrary))
        {
            throw new FileNotFoundException($"the FMU binary {nativeLibrary} does not exist", nativeLibrary);
        }

        (Scenario, NativeLibrary, FmiVersion, OutputPath) = (scenario, nativeLibrary, fmiVersion, outputPath);
    }

    /// <summary>The scenario (loaded and validated).</summary>
    public ScenarioDocument Scenario { get; }

    /// <summary>Path of the linux-x64 shared library (EnergyCoSim.FmuExport.so).</summary>
    public string NativeLibrary { get; }

    /// <summary>2 or 3.</summary>
    public int FmiVersion { get; }

    /// <summary>Where the .fmu is written (overwritten if present).</summary>
    public string OutputPath { get; }

    /// <summary>The scenario's original file, copied to resources/ for humans (optional).</summary>
    public string? ScenarioFile { get; init; }
}
