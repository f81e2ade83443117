using System.Globalization;
using System.Xml.Linq;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Validation;

namespace EnergyCoSim.Fmi.Internal;

/// <summary>Typed reads of modelDescription.xml attributes that record a violation instead of throwing on bad text.</summary>
internal static class XmlAttributes
{
    public static string? Text(XElement e, string name) => e.Attribute(name)?.Value;

    public static bool Flag(XElement? e, string name) =>
        e?.Attribute(name)?.Value is { } v && (v == "true" || v == "1");

    public static double? Double(XElement e, string name, ViolationCollector v)
    {
        var text = e.Attribute(name)?.Value;
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return d;
        }

        v.Add(name, text, "is not a number");
        return null;
    }

    public static uint? UInt(XElement e, string name, ViolationCollector v, bool required)
    {
        var text = e.Attribute(name)?.Value;
        if (text is null)
        {
            v.Require(!required, name, null, "is required");
            return null;
        }

        if (uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var u))
        {
            return u;
        }

        v.Add(name, text, "is not an unsigned integer");
        return null;
    }

    public static IReadOnlyList<uint>? UIntList(XElement e, string name, ViolationCollector v)
    {
        var text = e.Attribute(name)?.Value;
        if (text is null)
        {
            return null;
        }

        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var list = new uint[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!uint.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out list[i]))
            {
                v.Add(name, text, "is not a list of unsigned integers");
                return null;
            }
        }

        return list;
    }

    public static IReadOnlyList<string>? Words(XElement e, string name) =>
        e.Attribute(name)?.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    public static VariableCausality Causality(XElement e, ViolationCollector v)
    {
        var text = e.Attribute("causality")?.Value ?? "local";
        switch (text)
        {
            case "parameter": return VariableCausality.Parameter;
            case "calculatedParameter": return VariableCausality.CalculatedParameter;
            case "input": return VariableCausality.Input;
            case "output": return VariableCausality.Output;
            case "local": return VariableCausality.Local;
            case "independent": return VariableCausality.Independent;
            case "structuralParameter": return VariableCausality.StructuralParameter;
            default:
                v.Add("causality", text, "is not one of parameter, calculatedParameter, input, output, local, independent, structuralParameter");
                return VariableCausality.Local;
        }
    }

    public static VariableVariability Variability(XElement e, VariableVariability fallback, ViolationCollector v)
    {
        var text = e.Attribute("variability")?.Value;
        switch (text)
        {
            case null: return fallback;
            case "constant": return VariableVariability.Constant;
            case "fixed": return VariableVariability.Fixed;
            case "tunable": return VariableVariability.Tunable;
            case "discrete": return VariableVariability.Discrete;
            case "continuous": return VariableVariability.Continuous;
            default:
                v.Add("variability", text, "is not one of constant, fixed, tunable, discrete, continuous");
                return fallback;
        }
    }

    public static FmiInitial? Initial(XElement e, ViolationCollector v)
    {
        var text = e.Attribute("initial")?.Value;
        switch (text)
        {
            case null: return null;
            case "exact": return FmiInitial.Exact;
            case "approx": return FmiInitial.Approx;
            case "calculated": return FmiInitial.Calculated;
            default:
                v.Add("initial", text, "is not one of exact, approx, calculated");
                return null;
        }
    }
}
