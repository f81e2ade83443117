namespace EnergyCoSim.FmuExport;

/// <summary>Turns the resource location a master passes (FMI 2: a file URI; FMI 3: a path) into a local directory.</summary>
internal static class ResourcePaths
{
    public static string FromUri(string? location)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            throw new ArgumentException("fmuResourceLocation is empty: the FMU needs its resources folder to read the scenario");
        }

        if (location.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            // "file:///a/b", "file:/a/b" and percent-escapes all go through Uri.
            return Uri.TryCreate(location, UriKind.Absolute, out var uri) ? uri.LocalPath : location["file:".Length..];
        }

        return location;
    }
}
