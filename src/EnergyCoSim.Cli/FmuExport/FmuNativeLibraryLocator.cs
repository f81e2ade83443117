using System.Diagnostics;
using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Cli.FmuExport;

/// <summary>
/// Finds the NativeAOT FMU binary (artifacts/fmuexport/linux-x64/EnergyCoSim.FmuExport.so of the repository) and
/// publishes it with <c>dotnet publish</c> when missing or older than the sources: once per machine, about a minute on 2 cores.
/// </summary>
internal static class FmuNativeLibraryLocator
{
    private const string Project = "src/EnergyCoSim.FmuExport/EnergyCoSim.FmuExport.csproj";
    private const string Binary = "artifacts/fmuexport/linux-x64/EnergyCoSim.FmuExport.so";

    /// <summary>The binary's path; <paramref name="explicitPath"/> wins when given.</summary>
    public static async Task<string> LocateAsync(string? explicitPath, TextWriter log, CancellationToken cancellationToken)
    {
        if (explicitPath is not null)
        {
            return File.Exists(explicitPath) ? Path.GetFullPath(explicitPath) : throw new NotFoundException("FMU binary", explicitPath);
        }

        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess)
        {
            throw new NotFoundException("FMU binary", "linux-x64", "export-fmu builds the linux-x64 binary; run it on Linux x64 or pass --binary");
        }

        var root = FindRepositoryRoot(Directory.GetCurrentDirectory()) ?? FindRepositoryRoot(AppContext.BaseDirectory)
            ?? throw new NotFoundException("EnergyCoSim repository", Directory.GetCurrentDirectory(), "the FMU binary is built from src/EnergyCoSim.FmuExport; run inside the repository or pass --binary");
        var binary = Path.Combine(root, Binary);
        if (File.Exists(binary) && !IsStale(root, File.GetLastWriteTimeUtc(binary)))
        {
            return binary;
        }

        await log.WriteLineAsync($"building the NativeAOT FMU binary ({Project}, linux-x64; about a minute on 2 cores)...").ConfigureAwait(false);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "publish", Project, "-c", "FmuNative", "-p:Optimize=true", "-p:FmuNativePublish=true", "-nologo", "-v:q", "-o", Path.GetDirectoryName(binary)! })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidStateException("dotnet", "publish", "not started", "the .NET SDK on PATH");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0 || !File.Exists(binary))
        {
            throw new InvalidStateException("dotnet publish", Project, $"exit code {process.ExitCode}: {await stdout.ConfigureAwait(false)}{await stderr.ConfigureAwait(false)}", "a successful NativeAOT publish");
        }

        File.SetLastWriteTimeUtc(binary, DateTime.UtcNow);
        return binary;
    }

    private static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, Project)))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static bool IsStale(string root, DateTime built)
    {
        string[] projects = ["EnergyCoSim.FmuExport", "EnergyCoSim.Core", "EnergyCoSim.Market", "EnergyCoSim.Agents", "EnergyCoSim.Grid", "EnergyCoSim.Simulation"];
        return projects
            .Select(p => Path.Combine(root, "src", p))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Any(f => File.GetLastWriteTimeUtc(f) > built);
    }
}
