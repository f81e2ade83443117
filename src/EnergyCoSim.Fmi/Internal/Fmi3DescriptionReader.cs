using System.Xml.Linq;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Validation;

namespace EnergyCoSim.Fmi.Internal;

/// <summary>FMI 3.0 modelDescription.xml: typed variable elements with optional Dimensions; ModelStructure by value reference.</summary>
internal static class Fmi3DescriptionReader
{
    private static readonly Dictionary<string, FmiType> Types = new(StringComparer.Ordinal)
    {
        ["Float32"] = FmiType.Float32,
        ["Float64"] = FmiType.Float64,
        ["Int8"] = FmiType.Int8,
        ["UInt8"] = FmiType.UInt8,
        ["Int16"] = FmiType.Int16,
        ["UInt16"] = FmiType.UInt16,
        ["Int32"] = FmiType.Int32,
        ["UInt32"] = FmiType.UInt32,
        ["Int64"] = FmiType.Int64,
        ["UInt64"] = FmiType.UInt64,
        ["Boolean"] = FmiType.Boolean,
        ["String"] = FmiType.String,
        ["Binary"] = FmiType.Binary,
        ["Enumeration"] = FmiType.Enumeration,
        ["Clock"] = FmiType.Clock,
    };

    public static FmiModelDescription Read(XElement root, string versionText, ViolationCollector v)
    {
        var modelName = ModelDescriptionReader.Required(root, "modelName", v);
        var token = ModelDescriptionReader.Required(root, "instantiationToken", v);
        var cs = root.Element("CoSimulation");
        FmiCoSimulationCapabilities capabilities;
        if (cs is null)
        {
            v.Add("CoSimulation", null, "is missing: the FMU has no co-simulation interface (Model Exchange and Scheduled Execution are not supported)");
            capabilities = new FmiCoSimulationCapabilities(string.Empty);
        }
        else
        {
            capabilities = new FmiCoSimulationCapabilities(ModelDescriptionReader.Required(cs, "modelIdentifier", v.Scope("CoSimulation")))
            {
                CanHandleVariableCommunicationStepSize = XmlAttributes.Flag(cs, "canHandleVariableCommunicationStepSize"),
                CanGetAndSetFmuState = XmlAttributes.Flag(cs, "canGetAndSetFMUState"),
                CanSerializeFmuState = XmlAttributes.Flag(cs, "canSerializeFMUState"),
                ProvidesDirectionalDerivatives = XmlAttributes.Flag(cs, "providesDirectionalDerivatives"),
                MaxOutputDerivativeOrder = (int)(XmlAttributes.UInt(cs, "maxOutputDerivativeOrder", v.Scope("CoSimulation"), required: false) ?? 0),
                CanBeInstantiatedOnlyOncePerProcess = XmlAttributes.Flag(cs, "canBeInstantiatedOnlyOncePerProcess"),
                NeedsExecutionTool = XmlAttributes.Flag(cs, "needsExecutionTool"),
                HasEventMode = XmlAttributes.Flag(cs, "hasEventMode"),
                CanReturnEarlyAfterIntermediateUpdate = XmlAttributes.Flag(cs, "canReturnEarlyAfterIntermediateUpdate"),
                ProvidesIntermediateUpdate = XmlAttributes.Flag(cs, "providesIntermediateUpdate"),
            };
        }

        var typeDefs = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var td in root.Element("TypeDefinitions")?.Elements() ?? [])
        {
            if (td.Attribute("name")?.Value is { } name)
            {
                typeDefs[name] = td;
            }
        }

        var modelVariables = root.Element("ModelVariables");
        if (modelVariables is null)
        {
            v.Add("ModelVariables", null, "is missing");
        }

        var variables = new List<FmiVariable>();
        var index = 0;
        foreach (var e in modelVariables?.Elements() ?? [])
        {
            index++;
            if (!Types.TryGetValue(e.Name.LocalName, out var type))
            {
                v.Scope("ModelVariables", index).Add("element", e.Name.LocalName, "is not an FMI 3 variable type");
                continue;
            }

            var variable = ReadVariable(e, type, index, typeDefs, v.Scope("ModelVariables", index));
            if (variable is not null)
            {
                variables.Add(variable);
            }
        }

        ModelDescriptionReader.CheckVariables(variables, referencesUniqueAcrossTypes: true, v);
        var structure = ReadStructure(root.Element("ModelStructure"), variables, v.Scope("ModelStructure"));
        return new FmiModelDescription(FmiVersion.Fmi3, versionText, modelName, token, capabilities, variables, structure,
            ModelDescriptionReader.DefaultExperiment(root, v))
        {
            Description = root.Attribute("description")?.Value,
            GenerationTool = root.Attribute("generationTool")?.Value,
            Units = ModelDescriptionReader.Units(root),
            LogCategories = ModelDescriptionReader.LogCategories(root),
        };
    }

    private static FmiVariable? ReadVariable(XElement e, FmiType type, int index, Dictionary<string, XElement> typeDefs, ViolationCollector v)
    {
        var name = ModelDescriptionReader.Required(e, "name", v);
        var vr = XmlAttributes.UInt(e, "valueReference", v, required: true);
        if (vr is null)
        {
            return null;
        }

        var declared = e.Attribute("declaredType")?.Value;
        var typeDef = declared is not null && typeDefs.TryGetValue(declared, out var t) ? t : null;
        var fallback = type is FmiType.Float32 or FmiType.Float64 ? VariableVariability.Continuous : VariableVariability.Discrete;
        var start = e.Attribute("start")?.Value;
        if (start is null && e.Elements("Start").Any())
        {
            start = string.Join(" ", e.Elements("Start").Select(s => s.Attribute("value")?.Value ?? string.Empty));
        }

        var dims = new List<FmiDimension>();
        foreach (var d in e.Elements("Dimension"))
        {
            var ds = v.Scope("Dimension");
            var size = XmlAttributes.UInt(d, "start", ds, required: false);
            var dvr = XmlAttributes.UInt(d, "valueReference", ds, required: false);
            ds.Require(size is not null || dvr is not null, "start", null, "or valueReference is required");
            dims.Add(new FmiDimension(size, dvr));
        }

        return new FmiVariable(
            name,
            vr.Value,
            type,
            XmlAttributes.Causality(e, v),
            XmlAttributes.Variability(e, fallback, v),
            XmlAttributes.Initial(e, v),
            start,
            e.Attribute("unit")?.Value ?? typeDef?.Attribute("unit")?.Value,
            e.Attribute("description")?.Value)
        {
            Index = index,
            Min = XmlAttributes.Double(e, "min", v) ?? (typeDef is null ? null : XmlAttributes.Double(typeDef, "min", v)),
            Max = XmlAttributes.Double(e, "max", v) ?? (typeDef is null ? null : XmlAttributes.Double(typeDef, "max", v)),
            DeclaredType = declared,
            Dimensions = dims,
        };
    }

    private static FmiModelStructure ReadStructure(XElement? ms, List<FmiVariable> variables, ViolationCollector v)
    {
        if (ms is null)
        {
            return FmiModelStructure.Empty;
        }

        var known = variables.Select(x => x.ValueReference).ToHashSet();
        IReadOnlyList<FmiUnknown> Read(string element)
        {
            var list = new List<FmiUnknown>();
            var s = v.Scope(element);
            foreach (var u in ms.Elements(element))
            {
                var vr = XmlAttributes.UInt(u, "valueReference", s, required: true);
                if (vr is null)
                {
                    continue;
                }

                s.Require(known.Contains(vr.Value), "valueReference", vr.Value, "does not refer to a variable");
                var deps = XmlAttributes.UIntList(u, "dependencies", s);
                foreach (var d in deps ?? [])
                {
                    s.Require(known.Contains(d), "dependencies", d, "does not refer to a variable");
                }

                list.Add(new FmiUnknown(vr.Value, deps, XmlAttributes.Words(u, "dependenciesKind")));
            }

            return list;
        }

        return new FmiModelStructure(Read("Output"), Read("ContinuousStateDerivative"), Read("InitialUnknown"));
    }
}
