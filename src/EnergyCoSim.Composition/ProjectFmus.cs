namespace EnergyCoSim.Composition;

/// <summary>
/// The FMUs the project ships (built from fmus/: Battery, Household), looked up by model name and FMI version in
/// <c>fmus/fmi2|fmi3/</c> next to the running program (copied there by fmus/CopyFmus.targets).
/// </summary>
public static class ProjectFmus
{
    /// <summary>Folder of the project's FMUs of <paramref name="fmiVersion"/> (2 or 3).</summary>
    public static string Folder(int fmiVersion) => Path.Combine(AppContext.BaseDirectory, "fmus", fmiVersion == 3 ? "fmi3" : "fmi2");

    /// <summary>Path of the shipped FMU <paramref name="name"/>, or null when there is none.</summary>
    public static string? Locate(string name, int fmiVersion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var path = Path.Combine(Folder(fmiVersion), name + ".fmu");
        return File.Exists(path) ? path : null;
    }

    /// <summary>Model names of the shipped FMUs of <paramref name="fmiVersion"/> (empty when none were built).</summary>
    public static IReadOnlyList<string> Available(int fmiVersion) =>
        Directory.Exists(Folder(fmiVersion))
            ? Directory.GetFiles(Folder(fmiVersion), "*.fmu").Select(p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal).ToArray()
            : [];

    /// <summary>True when <paramref name="reference"/> names a file (a path) rather than a shipped model.</summary>
    public static bool IsPath(string reference) =>
        reference.EndsWith(".fmu", StringComparison.OrdinalIgnoreCase) || reference.Contains('/', StringComparison.Ordinal) || reference.Contains('\\', StringComparison.Ordinal);
}
