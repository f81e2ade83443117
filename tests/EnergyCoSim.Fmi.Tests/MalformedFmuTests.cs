using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Fmi.Tests;

/// <summary>Broken FMUs, built on the fly from good ones: each error names the file and the cause, and other instances keep running.</summary>
public sealed class MalformedFmuTests : IDisposable
{
    private readonly List<string> _files = [];

    public static TheoryData<FmiVersion> Versions => TestFmus.Versions;

    [Theory]
    [MemberData(nameof(Versions))]
    public void Load_NotAZip_ThrowsValidationNamingFile(FmiVersion version)
    {
        var path = Track(Path.Combine(Directory.CreateTempSubdirectory("ecs-fmi-test-").FullName, $"Broken{(int)version}.fmu"));
        File.WriteAllText(path, "this is not a zip archive");
        AssertFailsWhileOthersRun(version, () => Fmu.Load(path), path, "is not a readable zip archive");
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Load_MissingModelDescription_ThrowsValidation(FmiVersion version)
    {
        var path = Track(TestFmus.Variant(TestFmus.PathOf("Battery", version), z => z.GetEntry("modelDescription.xml")!.Delete()));
        AssertFailsWhileOthersRun(version, () => Fmu.Load(path), path, "modelDescription.xml: is missing from the archive");
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Load_MalformedXml_ThrowsValidation(FmiVersion version)
    {
        var path = Track(TestFmus.Variant(TestFmus.PathOf("Battery", version), z => TestFmus.WriteEntry(z, "modelDescription.xml", "<fmiModelDescription fmiVersion=")));
        AssertFailsWhileOthersRun(version, () => Fmu.Load(path), path, "is not well-formed XML");
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Load_InvalidVariables_ListsEveryProblem(FmiVersion version)
    {
        var path = Track(TestFmus.Variant(TestFmus.PathOf("Battery", version), z =>
        {
            var xml = TestFmus.ReadEntry(z, "modelDescription.xml")
                .Replace("name=\"soc\" valueReference=\"7\"", "name=\"soc\" valueReference=\"seven\"", StringComparison.Ordinal)
                .Replace("causality=\"input\"", "causality=\"sideways\"", StringComparison.Ordinal);
            TestFmus.WriteEntry(z, "modelDescription.xml", xml);
        }));
        var ex = Assert.Throws<ValidationException>(() => Fmu.Load(path));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains(ex.Violations, v => v.Field.EndsWith(".valueReference", StringComparison.Ordinal) && v.Value == "seven");
        Assert.Contains(ex.Violations, v => v.Field.EndsWith(".causality", StringComparison.Ordinal) && v.Value == "sideways");
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Instantiate_WrongToken_ThrowsModelErrorWithFmuMessage(FmiVersion version)
    {
        var path = Track(TestFmus.Variant(TestFmus.PathOf("Battery", version), z =>
        {
            var xml = TestFmus.ReadEntry(z, "modelDescription.xml").Replace("{8c4e810f-3df3-4a00-8276-176fa3c9f000}", "{00000000-0000-0000-0000-000000000000}", StringComparison.Ordinal);
            TestFmus.WriteEntry(z, "modelDescription.xml", xml);
        }));
        using var fmu = Fmu.Load(path);
        var ex = AssertFailsWhileOthersRun<ModelException>(version, () => fmu.Instantiate("wrong"), path, "returned NULL");
        Assert.Contains(ex.RecentMessages, m => m.Contains("{00000000-0000-0000-0000-000000000000}", StringComparison.Ordinal) && m.Contains("expected", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Load_NoBinaryForPlatform_ThrowsNotFoundNamingPlatform(FmiVersion version)
    {
        var platform = version == FmiVersion.Fmi2 ? "linux64" : "x86_64-linux";
        var path = Track(TestFmus.Variant(TestFmus.PathOf("Battery", version), z =>
        {
            foreach (var e in z.Entries.Where(e => e.FullName.StartsWith("binaries/", StringComparison.Ordinal)).ToList())
            {
                e.Delete();
            }
        }));
        AssertFailsWhileOthersRun<NotFoundException>(version, () => Fmu.Load(path), path, $"binaries/{platform}/Battery.so");
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Load_BinaryMissingDoStep_ThrowsNotFoundNamingSymbol(FmiVersion version)
    {
        var path = TestFmus.PathOf("BatteryNoDoStep", version);
        var ex = AssertFailsWhileOthersRun<NotFoundException>(version, () => Fmu.Load(path), path, $"fmi{(int)version}DoStep");
        Assert.Equal("FMI function", ex.Kind);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Load_NoCoSimulationElement_ThrowsValidation(FmiVersion version)
    {
        var path = Track(TestFmus.Variant(TestFmus.PathOf("Battery", version), z =>
        {
            var xml = TestFmus.ReadEntry(z, "modelDescription.xml").Replace("<CoSimulation ", "<ModelExchange ", StringComparison.Ordinal);
            TestFmus.WriteEntry(z, "modelDescription.xml", xml);
        }));
        AssertFailsWhileOthersRun(version, () => Fmu.Load(path), path, "no co-simulation interface");
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Load_DuplicateArchiveEntry_LoadsWithTheLastCopy(FmiVersion version)
    {
        var path = Track(TestFmus.Variant(TestFmus.PathOf("Household", version), z =>
        {
            TestFmus.WriteEntry(z, "extra/manifest.xml", "<first/>");
            using var writer = new StreamWriter(z.CreateEntry("extra/manifest.xml").Open());
            writer.Write("<second/>");
        }));
        using var fmu = Fmu.Load(path);
        Assert.Equal("<second/>", File.ReadAllText(Path.Combine(fmu.UnpackDirectory, "extra", "manifest.xml")));
        using var house = fmu.Instantiate("house");
        TestFmus.Initialize(house);
        house.DoStep(0, 43200);
        Assert.Equal(5.0, TestFmus.Real(house, 6), 12);
    }

    [Fact]
    public void Load_MissingFile_ThrowsNotFound()
    {
        var ex = Assert.Throws<NotFoundException>(() => Fmu.Load("/nonexistent/Nothing.fmu"));
        Assert.Contains("/nonexistent/Nothing.fmu", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var f in _files)
        {
            Directory.Delete(Path.GetDirectoryName(f)!, recursive: true);
        }
    }

    private static void AssertFailsWhileOthersRun(FmiVersion version, Action act, string path, string cause) =>
        AssertFailsWhileOthersRun<ValidationException>(version, () => { act(); return 0; }, path, cause);

    private static TException AssertFailsWhileOthersRun<TException>(FmiVersion version, Func<object> act, string path, string cause)
        where TException : EnergyCoSimException
    {
        using var fmu = Fmu.Load(TestFmus.PathOf("Battery", version));
        using var other = fmu.Instantiate("other");
        TestFmus.Initialize(other);
        other.SetReal([6u], [1.0]);
        other.DoStep(0, 3600);

        var ex = Assert.Throws<TException>(act);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains(cause, ex.Message, StringComparison.Ordinal);

        Assert.Equal(StepOutcome.Accepted, other.DoStep(3600, 3600).Outcome);
        Assert.Equal(0.5 + (2 * 0.095), TestFmus.Real(other, 7), 12);
        return ex;
    }

    private string Track(string path)
    {
        _files.Add(path);
        return path;
    }
}
