using System.Xml;
using System.Xml.Linq;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Validation;

namespace EnergyCoSim.Fmi.Internal;

/// <summary>Reads modelDescription.xml of FMI 2.0 and 3.0; every problem found is reported at once, naming the FMU file.</summary>
internal static class ModelDescriptionReader
{
    public const string FileName = "modelDescription.xml";

    /// <summary>Parses the file at <paramref name="xmlPath"/>; <paramref name="fmuPath"/> names the FMU in errors.</summary>
    public static FmiModelDescription Read(string xmlPath, string fmuPath)
    {
        if (!File.Exists(xmlPath))
        {
            throw Invalid(fmuPath, FileName, null, "is missing from the archive");
        }

        XDocument doc;
        try
        {
            doc = XDocument.Load(xmlPath, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw Invalid(fmuPath, FileName, null, $"is not well-formed XML: {ex.Message}");
        }

        return Parse(doc, fmuPath);
    }

    /// <summary>Parses an already loaded document.</summary>
    public static FmiModelDescription Parse(XDocument doc, string fmuPath)
    {
        var root = doc.Root;
        if (root is null || root.Name.LocalName != "fmiModelDescription")
        {
            throw Invalid(fmuPath, FileName, root?.Name.LocalName, "has no fmiModelDescription root element");
        }

        var versionText = root.Attribute("fmiVersion")?.Value;
        var violations = new ViolationCollector();
        var scope = violations.Scope(FileName);
        FmiModelDescription? result = null;
        if (versionText == "2.0")
        {
            result = Fmi2DescriptionReader.Read(root, versionText, scope);
        }
        else if (versionText is not null && versionText.StartsWith("3.", StringComparison.Ordinal))
        {
            result = Fmi3DescriptionReader.Read(root, versionText, scope);
        }
        else
        {
            scope.Add("fmiVersion", versionText, "is not a supported FMI version (2.0 or 3.x)");
        }

        if (violations.HasViolations || result is null)
        {
            throw new ValidationException(violations.Violations, $"FMU {fmuPath}");
        }

        return result;
    }

    public static ValidationException Invalid(string fmuPath, string field, object? value, string description) =>
        new([new FieldViolation(field, FieldViolation.Render(value), description)], $"FMU {fmuPath}");

    /// <summary>Checks what both versions require of the variable list: unique names and present references.</summary>
    public static void CheckVariables(IReadOnlyList<FmiVariable> variables, bool referencesUniqueAcrossTypes, ViolationCollector v)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var refs = new HashSet<uint>();
        foreach (var variable in variables)
        {
            if (!names.Add(variable.Name))
            {
                v.Add("ModelVariables", variable.Name, "is declared twice");
            }

            if (referencesUniqueAcrossTypes && !refs.Add(variable.ValueReference))
            {
                v.Add($"ModelVariables[{variable.Name}].valueReference", variable.ValueReference, "is used by another variable");
            }
        }
    }

    public static FmiDefaultExperiment? DefaultExperiment(XElement root, ViolationCollector v)
    {
        var e = root.Element("DefaultExperiment");
        if (e is null)
        {
            return null;
        }

        var s = v.Scope("DefaultExperiment");
        return new FmiDefaultExperiment(
            XmlAttributes.Double(e, "startTime", s),
            XmlAttributes.Double(e, "stopTime", s),
            XmlAttributes.Double(e, "tolerance", s),
            XmlAttributes.Double(e, "stepSize", s));
    }

    public static IReadOnlyList<string> Units(XElement root) =>
        root.Element("UnitDefinitions")?.Elements("Unit").Select(u => u.Attribute("name")?.Value ?? string.Empty).ToArray() ?? [];

    public static IReadOnlyList<string> LogCategories(XElement root) =>
        root.Element("LogCategories")?.Elements("Category").Select(u => u.Attribute("name")?.Value ?? string.Empty).ToArray() ?? [];

    public static string Required(XElement e, string name, ViolationCollector v)
    {
        var text = e.Attribute(name)?.Value;
        v.Require(!string.IsNullOrWhiteSpace(text), name, text, "is required");
        return text ?? string.Empty;
    }
}
