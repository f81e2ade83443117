using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Agents.Profiles;

/// <summary>Shared check of per-interval series (energy, prices): every value finite and ≥ 0, each bad index named.</summary>
internal static class SeriesValidation
{
    public static double[] FiniteNonNegative(IEnumerable<double> values, string name, string allowed)
    {
        ArgumentNullException.ThrowIfNull(values);
        var array = values.ToArray();
        var violations = new List<FieldViolation>();
        for (var i = 0; i < array.Length; i++)
        {
            if (!double.IsFinite(array[i]) || array[i] < 0)
            {
                violations.Add(new FieldViolation($"{name}[{i}]", FieldViolation.Render(array[i]), allowed));
            }
        }

        return violations.Count == 0 ? array : throw new ValidationException(violations, name);
    }
}
