using System.Globalization;
using EnergyCoSim.Core.Components;

namespace EnergyCoSim.Fmi.Internal;

/// <summary>Turns a model description into the Core component description (scalar variables; aliases keep their first name).</summary>
internal static class ComponentMapper
{
    public static VariableType? CoreType(FmiType type) => type switch
    {
        FmiType.Real or FmiType.Float32 or FmiType.Float64 => VariableType.Real,
        FmiType.Integer or FmiType.Enumeration or FmiType.Int8 or FmiType.UInt8 or FmiType.Int16 or FmiType.UInt16
            or FmiType.Int32 or FmiType.UInt32 or FmiType.Int64 or FmiType.UInt64 => VariableType.Integer,
        FmiType.Boolean => VariableType.Boolean,
        FmiType.String => VariableType.String,
        FmiType.Binary => VariableType.Binary,
        _ => null,
    };

    public static ComponentDescription Map(FmiModelDescription model)
    {
        var list = new List<VariableDescription>();
        var seen = new HashSet<(VariableType, uint)>();
        foreach (var v in model.Variables)
        {
            // Arrays and clocks have no scalar get/set in the component abstraction; Fmi3Instance reaches them.
            if (CoreType(v.Type) is not { } type || v.Dimensions.Count > 0 || !seen.Add((type, v.ValueReference)))
            {
                continue;
            }

            list.Add(new VariableDescription(v.ValueReference, v.Name, type, v.Causality, v.Variability, v.Unit, v.Description)
            {
                StartReal = type == VariableType.Real ? ParseDouble(v.Start) : null,
                StartInteger = type == VariableType.Integer && long.TryParse(v.Start, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null,
                StartBoolean = type == VariableType.Boolean && v.Start is { } b ? b is "true" or "1" : null,
                StartString = type == VariableType.String ? v.Start : null,
                Min = v.Min,
                Max = v.Max,
            });
        }

        var caps = model.CoSimulation;
        return new ComponentDescription(model.ModelName, list, new ComponentCapabilities(
            CanSaveState: caps.CanGetAndSetFmuState,
            CanSerializeState: caps.CanGetAndSetFmuState && caps.CanSerializeFmuState,
            CanRejectStep: true,
            CanHandleVariableStep: caps.CanHandleVariableCommunicationStepSize));
    }

    private static double? ParseDouble(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
}
