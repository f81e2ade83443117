namespace EnergyCoSim.Simulation.Tests.Support;

/// <summary>Finds files of the repository (examples, test data) from the test's output directory.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Examples(params string[] parts) => Path.Combine([Root, "examples", .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EnergyCoSim.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("EnergyCoSim.sln not found above " + AppContext.BaseDirectory);
    }
}
