using System.Reflection;

namespace EnergyCoSim.Architecture.Tests;

/// <summary>
/// Enforces the dependency rule of DEVELOPERS.md over the compiled assemblies: domain projects point inward
/// (Core ← Market ← Agents; Core ← Grid), never know gRPC, FMI or the master, and nothing references the
/// composition roots. A new EnergyCoSim assembly must be added to <see cref="AllowedReferences"/> to pass.
/// </summary>
public sealed class DependencyRuleTests
{
    private static readonly Dictionary<string, string[]> AllowedReferences = new(StringComparer.Ordinal)
    {
        ["EnergyCoSim.Core"] = [],
        ["EnergyCoSim.Market"] = ["EnergyCoSim.Core"],
        ["EnergyCoSim.Agents"] = ["EnergyCoSim.Core", "EnergyCoSim.Market"],
        ["EnergyCoSim.Grid"] = ["EnergyCoSim.Core"],
        ["EnergyCoSim.Fmi"] = ["EnergyCoSim.Core"],
        ["EnergyCoSim.Master"] = ["EnergyCoSim.Core"],
        ["EnergyCoSim.Mosaik"] = ["EnergyCoSim.Core", "EnergyCoSim.Market", "EnergyCoSim.Agents", "EnergyCoSim.Grid", "EnergyCoSim.Simulation"],
        ["EnergyCoSim.Testing"] = ["EnergyCoSim.Core"],
        ["EnergyCoSim.Simulation"] = ["EnergyCoSim.Core", "EnergyCoSim.Market", "EnergyCoSim.Agents", "EnergyCoSim.Grid"],
        ["EnergyCoSim.Reporting"] = ["EnergyCoSim.Core", "EnergyCoSim.Market", "EnergyCoSim.Agents", "EnergyCoSim.Grid", "EnergyCoSim.Simulation"],
        ["EnergyCoSim.Composition"] = ["EnergyCoSim.Core", "EnergyCoSim.Market", "EnergyCoSim.Agents", "EnergyCoSim.Grid", "EnergyCoSim.Simulation", "EnergyCoSim.Master", "EnergyCoSim.Fmi"],
        ["EnergyCoSim.FmuExport"] = ["EnergyCoSim.Core", "EnergyCoSim.Market", "EnergyCoSim.Agents", "EnergyCoSim.Grid", "EnergyCoSim.Simulation"],
        ["EnergyCoSim.Contracts"] = [],
        ["EnergyCoSim.Learning"] = ["EnergyCoSim.Core", "EnergyCoSim.Market", "EnergyCoSim.Agents", "EnergyCoSim.Grid", "EnergyCoSim.Simulation"],
        ["EnergyCoSim.Service"] = ["EnergyCoSim.Contracts", "EnergyCoSim.Core", "EnergyCoSim.Market", "EnergyCoSim.Agents", "EnergyCoSim.Grid", "EnergyCoSim.Simulation", "EnergyCoSim.Master", "EnergyCoSim.Client", "EnergyCoSim.Composition"],
        ["EnergyCoSim.Client"] = ["EnergyCoSim.Contracts", "EnergyCoSim.Core", "EnergyCoSim.Master"],
        ["energycosim"] = ["*"],
    };

    /// <summary>Domain assemblies that must not know transport, FMI or orchestration.</summary>
    private static readonly string[] DomainAssemblies =
        ["EnergyCoSim.Core", "EnergyCoSim.Market", "EnergyCoSim.Agents", "EnergyCoSim.Grid", "EnergyCoSim.Simulation"];

    private static readonly string[] ForbiddenInDomain =
        ["Grpc.", "Google.Protobuf", "Microsoft.AspNetCore", "EnergyCoSim.Fmi", "EnergyCoSim.Master", "EnergyCoSim.Contracts", "EnergyCoSim.Service", "EnergyCoSim.Client"];

    /// <summary>Composition roots and the only assembly allowed to reference each: the CLI hosts the service (`serve`).</summary>
    private static readonly Dictionary<string, string?> CompositionRoots = new(StringComparer.Ordinal)
    {
        ["energycosim"] = null,
        ["EnergyCoSim.Service"] = "energycosim",
    };

    public static TheoryData<string> ProjectAssemblies()
    {
        var data = new TheoryData<string>();
        foreach (var name in LoadProjectAssemblies().Select(a => a.GetName().Name!).Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ProjectAssemblies))]
    public void Assembly_References_OnlyAllowedProjects(string assemblyName)
    {
        Assert.True(AllowedReferences.TryGetValue(assemblyName, out var allowed), $"{assemblyName} is not in the dependency table; add it with its allowed references");
        if (allowed.Contains("*"))
        {
            return;
        }

        var offending = ProjectReferencesOf(assemblyName).Where(r => !allowed.Contains(r)).ToArray();
        Assert.True(offending.Length == 0, $"{assemblyName} references {string.Join(", ", offending)}; allowed: [{string.Join(", ", allowed)}]");
    }

    [Fact]
    public void DomainAssemblies_ReferenceNoTransportFmiOrMaster()
    {
        foreach (var name in DomainAssemblies.Where(n => LoadProjectAssemblies().Any(a => a.GetName().Name == n)))
        {
            var refs = Assembly.Load(name).GetReferencedAssemblies().Select(r => r.Name!).ToArray();
            var bad = refs.Where(r => ForbiddenInDomain.Any(f => r.StartsWith(f, StringComparison.Ordinal))).ToArray();
            Assert.True(bad.Length == 0, $"{name} must not reference {string.Join(", ", bad)}");
        }
    }

    [Fact]
    public void CompositionRoots_AreReferencedOnlyByTheCliThatHostsThem()
    {
        foreach (var assembly in LoadProjectAssemblies())
        {
            var name = assembly.GetName().Name!;
            foreach (var r in assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(CompositionRoots.ContainsKey))
            {
                Assert.True(CompositionRoots[r] == name, $"{name} references the composition root {r}");
            }
        }
    }

    [Fact]
    public void CoreAssembly_ReferencesOnlyTheBclAndLoggingAbstractions()
    {
        var refs = Assembly.Load("EnergyCoSim.Core").GetReferencedAssemblies().Select(r => r.Name!);
        var bad = refs.Where(r => !r.StartsWith("System", StringComparison.Ordinal) && r != "Microsoft.Extensions.Logging.Abstractions" && r != "netstandard").ToArray();
        Assert.True(bad.Length == 0, $"Core references {string.Join(", ", bad)}");
    }

    private static IEnumerable<string> ProjectReferencesOf(string assemblyName) =>
        Assembly.Load(assemblyName).GetReferencedAssemblies()
            .Select(r => r.Name!)
            .Where(n => n.StartsWith("EnergyCoSim.", StringComparison.Ordinal) || n == "energycosim");

    private static IReadOnlyList<Assembly> LoadProjectAssemblies()
    {
        var dir = AppContext.BaseDirectory;
        return Directory.EnumerateFiles(dir, "*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(n => n is not null && (n.StartsWith("EnergyCoSim.", StringComparison.Ordinal) || n == "energycosim") && !n.EndsWith(".Tests", StringComparison.Ordinal))
            .Select(n => Assembly.Load(n!))
            .ToArray();
    }
}
