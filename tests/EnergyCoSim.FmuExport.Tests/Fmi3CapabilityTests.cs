using System.IO.Compression;
using System.Xml.Linq;
using EnergyCoSim.Fmi;
using L = EnergyCoSim.FmuExport.MarketVariableLayout;

namespace EnergyCoSim.FmuExport.Tests;

/// <summary>What the model description declares (flags, new variables, model structure) and that the binary behaves accordingly.</summary>
public sealed class Fmi3CapabilityTests(ExportedFmus fmus) : IClassFixture<ExportedFmus>
{
    [Fact]
    public void ModelDescription_Fmi3_DeclaresNoEventModeNoIntermediateUpdateAndStateSupport()
    {
        using var fmu = Fmu.Load(fmus.Fmi3);
        var cs = fmu.ModelDescription.CoSimulation;
        Assert.False(cs.HasEventMode);
        Assert.False(cs.ProvidesIntermediateUpdate);
        Assert.False(cs.CanReturnEarlyAfterIntermediateUpdate);
        Assert.False(cs.CanInterpolateInputs);
        Assert.Equal(0, cs.MaxOutputDerivativeOrder);
        Assert.True(cs.CanHandleVariableCommunicationStepSize);
        Assert.True(cs.CanGetAndSetFmuState);
        Assert.True(cs.CanSerializeFmuState);
        var attributes = Root(fmus.Fmi3).Element("CoSimulation")!;
        Assert.Equal("false", (string?)attributes.Attribute("providesEvaluateDiscreteStates"));
        Assert.Equal("false", (string?)attributes.Attribute("mightReturnEarlyFromDoStep"));
    }

    [Fact]
    public void EnterEventModeAndUpdateDiscreteStates_FmuWithoutEventMode_ReturnErrorWithReason()
    {
        using var raw = new RawFmi3(fmus.Fmi3);
        var c = raw.Instantiate("events", Token());
        Assert.Equal(0, raw.EnterInitializationMode(c));
        Assert.Equal(0, raw.Call("fmi3ExitInitializationMode", c));

        Assert.Equal(3, raw.Call("fmi3EnterEventMode", c));
        Assert.Equal(3, raw.UpdateDiscreteStates(c));

        Assert.Contains(RawFmi3.LoggedMessages, m => m.Contains("fmi3EnterEventMode failed: the FMU has no event mode (hasEventMode is false)", StringComparison.Ordinal));
        Assert.Contains(RawFmi3.LoggedMessages, m => m.Contains("fmi3UpdateDiscreteStates failed", StringComparison.Ordinal));
        Assert.Equal(0, raw.DoStep(c, 0, 3600, out var events, out _));
        Assert.False(events);
        raw.Free(c);
    }

    [Fact]
    public void InstantiateCoSimulation_EventModeUsed_ReturnsNullNamingTheFlag()
    {
        using var raw = new RawFmi3(fmus.Fmi3);

        Assert.Equal(0, raw.Instantiate("eventmode", Token(), eventModeUsed: true));

        Assert.Contains(RawFmi3.LoggedMessages, m => m.Contains("eventModeUsed is not supported", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void ModelDescription_NewVariables_HaveUnitsCausalityAndAreInTheModelStructure(int fmiVersion)
    {
        using var fmu = Fmu.Load(fmus.PathOf(fmiVersion));
        var byName = fmu.ModelDescription.Variables.ToDictionary(v => v.Name, StringComparer.Ordinal);
        var layout = fmus.Layout;
        var outputs = fmu.ModelDescription.ModelStructure.Outputs.Select(o => o.ValueReference).ToHashSet();
        foreach (var (name, vr, unit) in new (string, uint, string)[]
        {
            ($"{layout.AgentIds[0]}.net_injection_kvar", L.AgentRef(0, L.NetInjectionKvar), "kvar"),
            ($"bus.{layout.BusIds[0]}.net_injection_kvar", layout.BusKvarRef(0), "kvar"),
            ($"bus.{layout.BusIds[^1]}.net_injection_kw", layout.BusRef(layout.BusIds.Count - 1), "kW"),
            ("market.feed_in_tariff_usd_per_mwh", L.FeedInOutRef, "USD/MWh"),
            ("market.utility_price_usd_per_mwh", L.UtilityOutRef, "USD/MWh"),
        })
        {
            Assert.Equal(vr, byName[name].ValueReference);
            Assert.Equal(unit, byName[name].Unit);
            Assert.Contains(vr, outputs);
        }

        Assert.Equal(Core.Components.VariableCausality.Input, byName["dso.feed_in_usd_per_mwh"].Causality);
        Assert.Equal(L.FeedInInRef, byName["dso.feed_in_usd_per_mwh"].ValueReference);
        Assert.Equal("USD/MWh", byName["dso.utility_usd_per_mwh"].Unit);
        Assert.Equal(Core.Components.VariableCausality.Parameter, byName["power_factor"].Causality);
        Assert.Equal(L.PowerFactorRef, byName["power_factor"].ValueReference);
        Assert.Contains("kvar", fmu.ModelDescription.Units);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void ModelDescription_InitialUnknowns_ListEveryOutput(int fmiVersion)
    {
        var root = Root(fmus.PathOf(fmiVersion));
        var structure = root.Element("ModelStructure")!;
        var outputs = fmus.Layout.Variables.Where(v => v.Causality == "output").Select(v => v.ValueReference).Order().ToArray();
        var initial = fmiVersion == 2
            ? structure.Element("InitialUnknowns")!.Elements("Unknown").Select(u => fmus.Layout.Variables[(int)u.Attribute("index")! - 1].ValueReference)
            : structure.Elements("InitialUnknown").Select(u => (uint)u.Attribute("valueReference")!);
        Assert.Equal(outputs, initial.Order().ToArray());
    }

    private static XElement Root(string fmuPath)
    {
        using var zip = ZipFile.OpenRead(fmuPath);
        using var stream = zip.GetEntry("modelDescription.xml")!.Open();
        return XDocument.Load(stream).Root!;
    }

    private string Token()
    {
        using var fmu = Fmu.Load(fmus.Fmi3);
        return fmu.ModelDescription.InstantiationToken;
    }
}
