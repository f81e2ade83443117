using System.Xml.Linq;
using EnergyCoSim.Fmi;
using L = EnergyCoSim.FmuExport.MarketVariableLayout;

namespace EnergyCoSim.FmuExport.Tests;

public sealed class ErrorHandlingTests(ExportedFmus fmus) : IClassFixture<ExportedFmus>
{
    private const int Ok = 0, Error = 3;

    [Fact]
    public void DoStep_BeforeInitialisation_ReturnsErrorWithMessageAndInstanceStaysUsable()
    {
        using var raw = new RawFmi2(fmus.Fmi2);
        var c = raw.Instantiate("early", Guid());
        Assert.NotEqual(0, c);
        Assert.Equal(Error, raw.DoStep(c, 0, 3600));
        Assert.Contains(RawFmi2.LoggedMessages, m => m.StartsWith("early [3] fmi2DoStep failed", StringComparison.Ordinal) && m.Contains("Instantiated", StringComparison.Ordinal));
        Start(raw, c);
        Assert.Equal(Ok, raw.DoStep(c, 0, 3600));
        raw.Free(c);
    }

    [Fact]
    public void GetReal_UnknownValueReference_ReturnsErrorNamingTheReference()
    {
        using var raw = new RawFmi2(fmus.Fmi2);
        var c = raw.Instantiate("unknown", Guid());
        Assert.Equal(Error, raw.GetReal(c, 99_999, out _));
        Assert.Contains(RawFmi2.LoggedMessages, m => m.StartsWith("unknown [3]", StringComparison.Ordinal) && m.Contains("unknown value reference 99999", StringComparison.Ordinal));
        Assert.Equal(Ok, raw.GetReal(c, L.PriceRef, out _));
        raw.Free(c);
    }

    [Fact]
    public void GetInteger_RealVariable_ReturnsErrorNamingBothTypes()
    {
        using var raw = new RawFmi2(fmus.Fmi2);
        var c = raw.Instantiate("wrongtype", Guid());
        Assert.Equal(Error, raw.GetInteger(c, L.PriceRef, out _));
        Assert.Contains(RawFmi2.LoggedMessages, m => m.StartsWith("wrongtype [3]", StringComparison.Ordinal) && m.Contains("is a Real, not a Integer", StringComparison.Ordinal));
        raw.Free(c);
    }

    [Fact]
    public void DoStep_NegativeStepSize_ReturnsErrorAndNextStepWorks()
    {
        using var raw = new RawFmi2(fmus.Fmi2);
        var c = raw.Instantiate("negative", Guid());
        Start(raw, c);
        Assert.Equal(Error, raw.DoStep(c, 0, -1));
        Assert.Contains(RawFmi2.LoggedMessages, m => m.StartsWith("negative [3]", StringComparison.Ordinal) && m.Contains("communicationStepSize -1", StringComparison.Ordinal));
        Assert.Equal(Ok, raw.DoStep(c, 0, 3600));
        Assert.Equal(Ok, raw.GetInteger(c, L.StepRef, out var step));
        Assert.Equal(1, step);
        raw.Free(c);
    }

    [Fact]
    public void SetReal_Output_ReturnsError()
    {
        using var raw = new RawFmi2(fmus.Fmi2);
        var c = raw.Instantiate("output", Guid());
        Assert.Equal(Error, raw.SetReal(c, L.PriceRef, 1));
        Assert.Contains(RawFmi2.LoggedMessages, m => m.StartsWith("output [3]", StringComparison.Ordinal) && m.Contains("(output) cannot be set", StringComparison.Ordinal));
        raw.Free(c);
    }

    [Fact]
    public void Instantiate_WrongGuid_ReturnsNullAndLogsTheCause()
    {
        using var raw = new RawFmi2(fmus.Fmi2);
        Assert.Equal(0, raw.Instantiate("foreign", "{00000000-0000-0000-0000-000000000000}"));
        Assert.Contains(RawFmi2.LoggedMessages, m => m.StartsWith("foreign [3]", StringComparison.Ordinal) && m.Contains("does not match", StringComparison.Ordinal));
    }

    [Fact]
    public void SetFmuState_ForeignPointer_ReturnsErrorInsteadOfDereferencingIt()
    {
        using var raw = new RawFmi2(fmus.Fmi2);
        var c = raw.Instantiate("foreignstate", Guid());
        Assert.Equal(Error, raw.SetFmuState(c, 0x1234));
        Assert.Contains(RawFmi2.LoggedMessages, m => m.StartsWith("foreignstate [3]", StringComparison.Ordinal) && m.Contains("not a state of this instance", StringComparison.Ordinal));
        raw.Free(c);
    }

    [Fact]
    public void DoStep_NullInstance_ReturnsErrorWithoutCrashing()
    {
        using var raw = new RawFmi2(fmus.Fmi2);
        Assert.Equal(Error, raw.DoStep(0, 0, 1));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void ModelDescription_Exported_IsConsistentAndListsEveryOutput(int fmiVersion)
    {
        using var fmu = Fmu.Load(fmus.PathOf(fmiVersion));
        var md = fmu.ModelDescription;
        Assert.Equal(md.Variables.Count, md.Variables.Select(v => v.ValueReference).Distinct().Count());
        Assert.All(md.Variables.Where(v => v.Unit is not null), v => Assert.Contains(v.Unit!, md.Units));
        var outputs = md.Variables.Where(v => v.Causality == Core.Components.VariableCausality.Output).Select(v => v.ValueReference).Order().ToArray();
        Assert.Equal(outputs, md.ModelStructure.Outputs.Select(o => o.ValueReference).Order().ToArray());
        Assert.All(md.Variables.Where(v => v.Name.EndsWith("_kw", StringComparison.Ordinal)), v => Assert.Equal("kW", v.Unit));
        Assert.True(md.CoSimulation.CanGetAndSetFmuState);
        Assert.True(md.CoSimulation.CanSerializeFmuState);
        Assert.Equal((fmus.Layout.AgentIds.Count * 2) + 2, md.Variables.Count(v => v.Causality == Core.Components.VariableCausality.Input));
    }

    [Fact]
    public void ModelDescription_Fmi2_IndicesAreOneBasedPositions()
    {
        var xml = ModelDescriptionWriter.Write(fmus.Layout, 2, "m", "{x}", 24, 3600);
        var variables = xml.Root!.Element("ModelVariables")!.Elements("ScalarVariable").ToArray();
        foreach (var unknown in xml.Root.Element("ModelStructure")!.Element("Outputs")!.Elements("Unknown"))
        {
            var index = (int)unknown.Attribute("index")!;
            Assert.Equal("output", (string?)variables[index - 1].Attribute("causality"));
        }
    }

    private string Guid()
    {
        using var fmu = Fmu.Load(fmus.Fmi2);
        return fmu.ModelDescription.InstantiationToken;
    }

    private static void Start(RawFmi2 raw, nint c)
    {
        Assert.Equal(Ok, raw.Setup(c));
        Assert.Equal(Ok, raw.Call("fmi2EnterInitializationMode", c));
        Assert.Equal(Ok, raw.Call("fmi2ExitInitializationMode", c));
    }
}
