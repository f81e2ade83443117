using System.IO.Compression;
using System.Text.Json;
using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.FmuExport;

/// <summary>
/// Packs an FMU: binaries/linux64 (FMI 2) or binaries/x86_64-linux (FMI 3) with the NativeAOT library, a model description
/// generated from the scenario, and under resources/ the scenario as JSON (what the binary reads) plus its original file
/// and every profile/tariff file it references.
/// </summary>
public static class FmuPackager
{
    /// <summary>Writes the FMU and returns its model description's layout.</summary>
    public static MarketVariableLayout Pack(FmuPackageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scenario = request.Scenario;
        if (scenario.MarketIntervalSeconds is { } seconds)
        {
            // The exported binary's communication grid and its scenario JSON carry whole minutes only.
            throw new Core.Errors.ValidationException("market_interval_seconds", seconds, "is not supported by the FMU export yet; use market_interval_minutes");
        }

        var json = JsonSerializer.Serialize(scenario, ScenarioJsonContext.Default.ScenarioDocument);
        var layout = MarketVariableLayout.FromScenario(scenario);
        var token = InstantiationToken.Of(json);
        var description = ModelDescriptionWriter.Write(layout, request.FmiVersion, scenario.Name ?? "market", token, scenario.MaxSteps, scenario.MarketIntervalMinutes * 60.0);
        var full = Path.GetFullPath(request.OutputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp";
        using (var zip = ZipFile.Open(temp, ZipArchiveMode.Create))
        {
            var entry = zip.CreateEntry("modelDescription.xml");
            using (var stream = entry.Open())
            {
                description.Save(stream);
            }

            var platform = request.FmiVersion == 2 ? "linux64" : "x86_64-linux";
            zip.CreateEntryFromFile(request.NativeLibrary, $"binaries/{platform}/{ModelDescriptionWriter.ModelIdentifier}.so");
            using (var writer = new StreamWriter(zip.CreateEntry($"resources/{MarketSlave.ScenarioFileName}").Open()))
            {
                writer.Write(json);
            }

            if (request.ScenarioFile is { } original && File.Exists(original))
            {
                zip.CreateEntryFromFile(original, "resources/" + Path.GetFileName(original));
            }

            foreach (var file in ReferencedFiles(scenario))
            {
                zip.CreateEntryFromFile(Path.Combine(scenario.BaseDirectory, file), "resources/" + file.Replace('\\', '/'));
            }
        }

        File.Move(temp, full, overwrite: true);
        return layout;
    }

    /// <summary>Relative profile and tariff files; the FMU resolves them against its resources folder.</summary>
    private static IEnumerable<string> ReferencedFiles(ScenarioDocument scenario)
    {
        var files = scenario.Agents.SelectMany(a => new[] { a.Generation?.File, a.Demand?.File })
            .Append(scenario.Dso.FeedIn.File)
            .Append(scenario.Dso.Utility.File)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (Path.IsPathRooted(file) || file.Split('/', '\\').Contains(".."))
            {
                throw new ArgumentException($"profile file {file} must be relative and inside the scenario's folder to be packed into the FMU");
            }

            yield return file;
        }
    }
}
