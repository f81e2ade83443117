using EnergyCoSim.Core.Components;

namespace EnergyCoSim.Fmi.Tests;

/// <summary>Parsing of the project's model descriptions for both versions, and the Core component view of them.</summary>
public sealed class ModelDescriptionTests : IDisposable
{
    private readonly List<string> _copies = [];

    public static TheoryData<FmiVersion> Versions => TestFmus.Versions;

    [Theory]
    [MemberData(nameof(Versions))]
    public void Load_Battery_ParsesVariablesStructureAndExperiment(FmiVersion version)
    {
        using var fmu = Fmu.Load(TestFmus.PathOf("Battery", version));
        var md = fmu.ModelDescription;
        Assert.Equal(version, md.Version);
        Assert.Equal("Battery", md.ModelName);
        Assert.Equal("{8c4e810f-3df3-4a00-8276-176fa3c9f000}", md.InstantiationToken);
        Assert.Equal("Battery", md.CoSimulation.ModelIdentifier);
        Assert.True(md.CoSimulation.CanGetAndSetFmuState);
        Assert.True(md.CoSimulation.ProvidesDirectionalDerivatives);
        Assert.Equal(new FmiDefaultExperiment(0, 3600, null, 60), md.DefaultExperiment);

        var capacity = md.Variables.Single(v => v.Name == "capacity_kWh");
        Assert.Equal((0u, VariableCausality.Parameter, VariableVariability.Fixed, FmiInitial.Exact, "10", "kWh", 0.0),
            (capacity.ValueReference, capacity.Causality, capacity.Variability, capacity.Initial, capacity.Start, capacity.Unit, capacity.Min));
        Assert.Equal("Energy", capacity.DeclaredType);
        var soc = md.Variables.Single(v => v.Name == "soc");
        Assert.Equal((version == FmiVersion.Fmi2 ? FmiType.Real : FmiType.Float64, VariableCausality.Output, 1.0), (soc.Type, soc.Causality, soc.Max));
        Assert.Equal(version == FmiVersion.Fmi2 ? FmiType.Integer : FmiType.Int32, md.Variables.Single(v => v.Name == "saturated_steps").Type);
        Assert.Equal("battery", md.Variables.Single(v => v.Name == "label").Start);

        var power = md.ModelStructure.Outputs.Single(o => o.ValueReference == 8);
        Assert.Equal([6u], power.Dependencies);
        Assert.Equal(["dependent"], power.DependenciesKind);
        Assert.Equal([7u, 8u, 9u, 100u, 200u], md.ModelStructure.Outputs.Select(o => o.ValueReference));
        Assert.Contains("kWh", md.Units);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void ComponentDescription_Battery_ExposesVariablesWithUnitsAndCausality(FmiVersion version)
    {
        using var fmu = Fmu.Load(TestFmus.PathOf("Battery", version));
        using var instance = fmu.Instantiate("battery");
        var d = instance.Description;
        Assert.Equal("Battery", d.TypeName);
        var setpoint = d.GetVariable("power_setpoint_kW");
        Assert.Equal(new VariableDescription(6, "power_setpoint_kW", VariableType.Real, VariableCausality.Input, VariableVariability.Continuous, "kW",
            "Requested power, positive charges") { StartReal = 0 }, setpoint);
        Assert.Equal(VariableType.Integer, d.GetVariable("saturated_steps").Type);
        Assert.Equal(VariableType.Boolean, d.GetVariable("saturated").Type);
        Assert.Equal("battery", d.GetVariable("label").StartString);
        Assert.Equal(10.0, d.GetVariable("capacity_kWh").StartReal);
    }

    [Fact]
    public void Load_SameFileNameForBothVersions_UnpacksToSeparateDirectoriesAndCleansUp()
    {
        // Unique copies, so that tests running in parallel do not hold the same cache entries.
        var path2 = Track(TestFmus.UniqueCopy(TestFmus.PathOf("Battery", FmiVersion.Fmi2)));
        var path3 = Track(TestFmus.UniqueCopy(TestFmus.PathOf("Battery", FmiVersion.Fmi3)));
        Assert.Equal(Path.GetFileName(path2), Path.GetFileName(path3));
        string dir2, dir3;
        using (var fmi2 = Fmu.Load(path2))
        using (var fmi3 = Fmu.Load(path3))
        using (var again = Fmu.Load(path3))
        {
            dir2 = fmi2.UnpackDirectory;
            dir3 = fmi3.UnpackDirectory;
            Assert.NotEqual(dir2, dir3);
            Assert.Equal(dir3, again.UnpackDirectory);
            Assert.True(File.Exists(Path.Combine(dir3, "binaries", "x86_64-linux", "Battery.so")));
        }

        Assert.False(Directory.Exists(dir2));
        Assert.False(Directory.Exists(dir3));
    }

    [Fact]
    public void Dispose_FmuBeforeInstance_KeepsLibraryUntilInstanceIsDisposed()
    {
        var fmu = Fmu.Load(Track(TestFmus.UniqueCopy(TestFmus.PathOf("Household", FmiVersion.Fmi2))));
        var instance = fmu.Instantiate("house");
        fmu.Dispose();
        TestFmus.Initialize(instance);
        instance.DoStep(0, 43200);
        Assert.Equal(5.0, TestFmus.Real(instance, 6), 12);
        Assert.True(Directory.Exists(fmu.UnpackDirectory));
        instance.Dispose();
        Assert.False(Directory.Exists(fmu.UnpackDirectory));
    }

    public void Dispose()
    {
        foreach (var path in _copies)
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    private string Track(string path)
    {
        _copies.Add(path);
        return path;
    }
}
