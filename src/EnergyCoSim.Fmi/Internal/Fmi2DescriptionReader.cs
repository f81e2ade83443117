using System.Xml.Linq;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Validation;

namespace EnergyCoSim.Fmi.Internal;

/// <summary>FMI 2.0 modelDescription.xml: ScalarVariables with one type child; ModelStructure by 1-based index.</summary>
internal static class Fmi2DescriptionReader
{
    private static readonly string[] TypeElements = ["Real", "Integer", "Boolean", "String", "Enumeration"];

    public static FmiModelDescription Read(XElement root, string versionText, ViolationCollector v)
    {
        var modelName = ModelDescriptionReader.Required(root, "modelName", v);
        var guid = ModelDescriptionReader.Required(root, "guid", v);
        var cs = root.Element("CoSimulation");
        FmiCoSimulationCapabilities capabilities;
        if (cs is null)
        {
            v.Add("CoSimulation", null, "is missing: the FMU has no co-simulation interface (Model Exchange is not supported)");
            capabilities = new FmiCoSimulationCapabilities(string.Empty);
        }
        else
        {
            capabilities = new FmiCoSimulationCapabilities(ModelDescriptionReader.Required(cs, "modelIdentifier", v.Scope("CoSimulation")))
            {
                CanHandleVariableCommunicationStepSize = XmlAttributes.Flag(cs, "canHandleVariableCommunicationStepSize"),
                CanGetAndSetFmuState = XmlAttributes.Flag(cs, "canGetAndSetFMUstate"),
                CanSerializeFmuState = XmlAttributes.Flag(cs, "canSerializeFMUstate"),
                ProvidesDirectionalDerivatives = XmlAttributes.Flag(cs, "providesDirectionalDerivative"),
                CanInterpolateInputs = XmlAttributes.Flag(cs, "canInterpolateInputs"),
                MaxOutputDerivativeOrder = (int)(XmlAttributes.UInt(cs, "maxOutputDerivativeOrder", v.Scope("CoSimulation"), required: false) ?? 0),
                CanBeInstantiatedOnlyOncePerProcess = XmlAttributes.Flag(cs, "canBeInstantiatedOnlyOncePerProcess"),
                NeedsExecutionTool = XmlAttributes.Flag(cs, "needsExecutionTool"),
                CanRunAsynchronously = XmlAttributes.Flag(cs, "canRunAsynchronuously"),
            };
        }

        var types = ReadTypeDefinitions(root);
        var variables = new List<FmiVariable>();
        var index = 0;
        foreach (var sv in root.Element("ModelVariables")?.Elements("ScalarVariable") ?? [])
        {
            index++;
            var variable = ReadVariable(sv, index, types, v.Scope("ModelVariables", index));
            if (variable is not null)
            {
                variables.Add(variable);
            }
        }

        if (root.Element("ModelVariables") is null)
        {
            v.Add("ModelVariables", null, "is missing");
        }

        ModelDescriptionReader.CheckVariables(variables, referencesUniqueAcrossTypes: false, v);
        var structure = ReadStructure(root.Element("ModelStructure"), variables, v.Scope("ModelStructure"));
        return new FmiModelDescription(FmiVersion.Fmi2, versionText, modelName, guid, capabilities, variables, structure,
            ModelDescriptionReader.DefaultExperiment(root, v))
        {
            Description = root.Attribute("description")?.Value,
            GenerationTool = root.Attribute("generationTool")?.Value,
            Units = ModelDescriptionReader.Units(root),
            LogCategories = ModelDescriptionReader.LogCategories(root),
        };
    }

    private static Dictionary<string, XElement> ReadTypeDefinitions(XElement root)
    {
        var types = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var st in root.Element("TypeDefinitions")?.Elements("SimpleType") ?? [])
        {
            if (st.Attribute("name")?.Value is { } name && st.Elements().FirstOrDefault() is { } body)
            {
                types[name] = body;
            }
        }

        return types;
    }

    private static FmiVariable? ReadVariable(XElement sv, int index, Dictionary<string, XElement> types, ViolationCollector v)
    {
        var name = ModelDescriptionReader.Required(sv, "name", v);
        var vr = XmlAttributes.UInt(sv, "valueReference", v, required: true);
        var body = sv.Elements().FirstOrDefault(e => TypeElements.Contains(e.Name.LocalName));
        if (body is null)
        {
            v.Add("type", name, "has no Real, Integer, Boolean, String or Enumeration element");
            return null;
        }

        var type = body.Name.LocalName switch
        {
            "Real" => FmiType.Real,
            "Integer" => FmiType.Integer,
            "Boolean" => FmiType.Boolean,
            "String" => FmiType.String,
            _ => FmiType.Enumeration,
        };
        var declared = body.Attribute("declaredType")?.Value;
        var typeBody = declared is not null && types.TryGetValue(declared, out var t) ? t : null;
        if (vr is null)
        {
            return null;
        }

        return new FmiVariable(
            name,
            vr.Value,
            type,
            XmlAttributes.Causality(sv, v),
            XmlAttributes.Variability(sv, VariableVariability.Continuous, v),
            XmlAttributes.Initial(sv, v),
            body.Attribute("start")?.Value,
            body.Attribute("unit")?.Value ?? typeBody?.Attribute("unit")?.Value,
            sv.Attribute("description")?.Value)
        {
            Index = index,
            Min = XmlAttributes.Double(body, "min", v) ?? (typeBody is null ? null : XmlAttributes.Double(typeBody, "min", v)),
            Max = XmlAttributes.Double(body, "max", v) ?? (typeBody is null ? null : XmlAttributes.Double(typeBody, "max", v)),
            DeclaredType = declared,
        };
    }

    private static FmiModelStructure ReadStructure(XElement? ms, List<FmiVariable> variables, ViolationCollector v)
    {
        if (ms is null)
        {
            return FmiModelStructure.Empty;
        }

        var byIndex = variables.ToDictionary(x => x.Index);
        IReadOnlyList<FmiUnknown> Read(string section)
        {
            var list = new List<FmiUnknown>();
            var s = v.Scope(section);
            foreach (var u in ms.Element(section)?.Elements("Unknown") ?? [])
            {
                var idx = XmlAttributes.UInt(u, "index", s, required: true);
                if (idx is null)
                {
                    continue;
                }

                if (!byIndex.TryGetValue((int)idx.Value, out var target))
                {
                    s.Add("index", idx.Value, $"does not refer to a variable (1..{variables.Count})");
                    continue;
                }

                var deps = XmlAttributes.UIntList(u, "dependencies", s);
                List<uint>? depRefs = null;
                if (deps is not null)
                {
                    depRefs = [];
                    foreach (var d in deps)
                    {
                        if (byIndex.TryGetValue((int)d, out var dv))
                        {
                            depRefs.Add(dv.ValueReference);
                        }
                        else
                        {
                            s.Add("dependencies", d, $"does not refer to a variable (1..{variables.Count})");
                        }
                    }
                }

                list.Add(new FmiUnknown(target.ValueReference, depRefs, XmlAttributes.Words(u, "dependenciesKind")));
            }

            return list;
        }

        return new FmiModelStructure(Read("Outputs"), Read("Derivatives"), Read("InitialUnknowns"));
    }
}
