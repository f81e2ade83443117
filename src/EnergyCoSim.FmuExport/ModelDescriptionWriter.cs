using System.Globalization;
using System.Xml.Linq;

namespace EnergyCoSim.FmuExport;

/// <summary>Writes modelDescription.xml (FMI 2.0 or 3.0) for a market layout: units, variables, outputs in ModelStructure.</summary>
public static class ModelDescriptionWriter
{
    /// <summary>Model identifier = name of the shared library in binaries/.</summary>
    public const string ModelIdentifier = "EnergyCoSimMarket";

    /// <summary>The model description of <paramref name="layout"/> for FMI <paramref name="fmiVersion"/> (2 or 3).</summary>
    public static XDocument Write(MarketVariableLayout layout, int fmiVersion, string modelName, string token, int maxSteps, double intervalSeconds)
    {
        ArgumentNullException.ThrowIfNull(layout);
        if (fmiVersion is not (2 or 3))
        {
            throw new ArgumentOutOfRangeException(nameof(fmiVersion), fmiVersion, "must be 2 or 3");
        }

        var c = CultureInfo.InvariantCulture;
        var fmi2 = fmiVersion == 2;
        var root = new XElement("fmiModelDescription",
            new XAttribute("fmiVersion", fmi2 ? "2.0" : "3.0"),
            new XAttribute("modelName", modelName),
            new XAttribute(fmi2 ? "guid" : "instantiationToken", token),
            new XAttribute("description", "EnergyCoSim local energy market with batteries (NativeAOT). A market interval clears when a step reaches its end; steps may be shorter or longer than an interval (outputs hold their last values in between, inputs act on the next interval cleared)"),
            new XAttribute("generationTool", "EnergyCoSim export-fmu"),
            new XAttribute("variableNamingConvention", "flat"));
        if (fmi2)
        {
            root.Add(new XAttribute("numberOfEventIndicators", "0"));
        }

        var cs = new XElement("CoSimulation", CoSimulationAttributes(fmi2).Select(a => new XAttribute(a.Name, a.Value)));
        root.Add(cs);
        var units = layout.Variables.Select(v => v.Unit).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        root.Add(new XElement("UnitDefinitions", units.Select(u => new XElement("Unit", new XAttribute("name", u)))));
        root.Add(new XElement("DefaultExperiment",
            new XAttribute("startTime", "0"),
            new XAttribute("stopTime", (maxSteps * intervalSeconds).ToString(c)),
            new XAttribute("stepSize", intervalSeconds.ToString(c))));
        root.Add(new XElement("ModelVariables", layout.Variables.Select(v => fmi2 ? Fmi2Variable(v) : Fmi3Variable(v))));
        // Outputs have no direct feedthrough (dependencies=""): a step's inputs act on the next cleared interval.
        // Initial unknowns (outputs, initial="calculated") leave dependencies out: they depend on the parameters.
        var outputs = layout.Variables.Select((v, i) => (v, i)).Where(x => x.v.Causality == "output").ToArray();
        root.Add(fmi2
            ? new XElement("ModelStructure",
                new XElement("Outputs", outputs.Select(x => new XElement("Unknown", new XAttribute("index", x.i + 1), new XAttribute("dependencies", "")))),
                new XElement("InitialUnknowns", outputs.Select(x => new XElement("Unknown", new XAttribute("index", x.i + 1)))))
            : new XElement("ModelStructure",
                outputs.Select(x => new XElement("Output", new XAttribute("valueReference", x.v.ValueReference), new XAttribute("dependencies", ""))),
                outputs.Select(x => new XElement("InitialUnknown", new XAttribute("valueReference", x.v.ValueReference)))));
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), root);
    }

    /// <summary>
    /// The co-simulation capabilities, matching what the binary does: variable steps (sample and hold), FMU state
    /// get/set/serialise; no input interpolation, output derivatives, directional derivatives, asynchronous or early
    /// return, intermediate updates or (FMI 3) event mode and clocks — the exports for those return the Error status.
    /// </summary>
    public static IReadOnlyList<(string Name, string Value)> CoSimulationAttributes(bool fmi2) => fmi2
        ?
        [
            ("modelIdentifier", ModelIdentifier), ("needsExecutionTool", "false"), ("canHandleVariableCommunicationStepSize", "true"),
            ("canInterpolateInputs", "false"), ("maxOutputDerivativeOrder", "0"), ("canRunAsynchronuously", "false"),
            ("canBeInstantiatedOnlyOncePerProcess", "false"), ("canNotUseMemoryManagementFunctions", "true"),
            ("canGetAndSetFMUstate", "true"), ("canSerializeFMUstate", "true"), ("providesDirectionalDerivative", "false"),
        ]
        :
        [
            ("modelIdentifier", ModelIdentifier), ("needsExecutionTool", "false"), ("canBeInstantiatedOnlyOncePerProcess", "false"),
            ("canGetAndSetFMUState", "true"), ("canSerializeFMUState", "true"), ("providesDirectionalDerivatives", "false"),
            ("providesAdjointDerivatives", "false"), ("providesPerElementDependencies", "false"),
            ("canHandleVariableCommunicationStepSize", "true"), ("maxOutputDerivativeOrder", "0"),
            ("providesIntermediateUpdate", "false"), ("mightReturnEarlyFromDoStep", "false"),
            ("canReturnEarlyAfterIntermediateUpdate", "false"), ("hasEventMode", "false"), ("providesEvaluateDiscreteStates", "false"),
        ];

    private static XElement Fmi2Variable(FmuVariable v)
    {
        var e = Common("ScalarVariable", v);
        var typed = new XElement(v.Type.ToString());
        if (v.Unit is { } unit)
        {
            typed.Add(new XAttribute("unit", unit));
        }

        if (v.Start is { } start)
        {
            typed.Add(new XAttribute("start", start));
        }

        e.Add(typed);
        return e;
    }

    private static XElement Fmi3Variable(FmuVariable v)
    {
        var name = v.Type switch
        {
            FmuScalarType.Real => "Float64",
            FmuScalarType.Integer => "Int32",
            _ => v.Type.ToString(),
        };
        var e = Common(name, v);
        if (v.Unit is { } unit)
        {
            e.Add(new XAttribute("unit", unit));
        }

        if (v.Start is { } start)
        {
            // FMI 3 strings carry their start value in a child element.
            e.Add(v.Type == FmuScalarType.String ? new XElement("Start", new XAttribute("value", start)) : new XAttribute("start", start));
        }

        return e;
    }

    private static XElement Common(string element, FmuVariable v)
    {
        var e = new XElement(element,
            new XAttribute("name", v.Name),
            new XAttribute("valueReference", v.ValueReference),
            new XAttribute("description", v.Description),
            new XAttribute("causality", v.Causality),
            new XAttribute("variability", v.Variability));
        var initial = v.Causality switch
        {
            "parameter" => "exact",
            "output" => "calculated",
            _ => null,
        };
        if (initial is not null)
        {
            e.Add(new XAttribute("initial", initial));
        }

        return e;
    }
}
