using EnergyCoSim.Fmi;

namespace EnergyCoSim.Benchmarks.Fmi;

/// <summary>Finds the FMUs built by fmus/EnergyCoSim.Fmus.csproj (or the folder in ENERGYCOSIM_FMU_DIR).</summary>
internal static class BenchmarkFmus
{
    public static string PathOf(string model, FmiVersion version)
    {
        var folder = version == FmiVersion.Fmi2 ? "fmi2" : "fmi3";
        if (Environment.GetEnvironmentVariable("ENERGYCOSIM_FMU_DIR") is { Length: > 0 } root)
        {
            return Path.Combine(root, folder, model + ".fmu");
        }

        // BenchmarkDotNet runs from a generated folder below the benchmark's bin, so search upwards for the repository.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var bin = Path.Combine(dir.FullName, "fmus", "bin");
            if (Directory.Exists(bin))
            {
                var found = Directory.EnumerateFiles(bin, model + ".fmu", SearchOption.AllDirectories)
                    .Where(p => Path.GetFileName(Path.GetDirectoryName(p)) == folder)
                    .OrderByDescending(p => p.Contains("Release", StringComparison.Ordinal))
                    .FirstOrDefault();
                if (found is not null)
                {
                    return found;
                }
            }
        }

        throw new FileNotFoundException($"{model}.fmu ({folder}) not found; build fmus/EnergyCoSim.Fmus.csproj first or set ENERGYCOSIM_FMU_DIR");
    }
}
