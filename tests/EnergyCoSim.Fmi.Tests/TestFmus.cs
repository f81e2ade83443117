using System.IO.Compression;
using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Fmi.Tests;

/// <summary>Paths of the FMUs the build produced, and helpers to run them and to make broken copies.</summary>
internal static class TestFmus
{
    public static TheoryData<FmiVersion> Versions => new() { FmiVersion.Fmi2, FmiVersion.Fmi3 };

    public static string PathOf(string model, FmiVersion version) =>
        Path.Combine(AppContext.BaseDirectory, "fmus", version == FmiVersion.Fmi2 ? "fmi2" : "fmi3", model + ".fmu");

    /// <summary>Setup at t=0 s (1 ms ticks), enter and exit initialisation.</summary>
    public static void Initialize(FmuInstance instance, Action? beforeInit = null)
    {
        instance.Setup(SimulationTime.Zero, null, TimeResolution.Millisecond);
        beforeInit?.Invoke();
        instance.EnterInitialization();
        instance.ExitInitialization();
    }

    public static double Real(FmuInstance instance, uint reference)
    {
        Span<double> v = stackalloc double[1];
        instance.GetReal([reference], v);
        return v[0];
    }

    /// <summary>A copy of <paramref name="source"/> in a fresh temp folder, edited by <paramref name="edit"/>.</summary>
    public static string Variant(string source, Action<ZipArchive> edit)
    {
        var dir = Directory.CreateTempSubdirectory("ecs-fmi-test-").FullName;
        var path = Path.Combine(dir, Path.GetFileName(source));
        File.Copy(source, path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            edit(zip);
        }

        return path;
    }

    /// <summary>A copy with one extra file, so its content hash (and unpack directory) is its own.</summary>
    public static string UniqueCopy(string source) =>
        Variant(source, z => WriteEntry(z, "documentation/unique.txt", Guid.NewGuid().ToString()));

    public static string ReadEntry(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    public static void WriteEntry(ZipArchive zip, string name, string text)
    {
        zip.GetEntry(name)?.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }
}
