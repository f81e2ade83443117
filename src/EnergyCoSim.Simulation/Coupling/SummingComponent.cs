using System.Globalization;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Simulation.Components;

namespace EnergyCoSim.Simulation.Coupling;

/// <summary>
/// A summing point: output <c>sum</c> = Σ gainᵢ · <c>in_i</c>, all in one declared unit (e.g. kW), so a bus's
/// injection can be the market agents' net injection plus FMU injections; the master checks the unit on both ends
/// of every connection. With one term it is a gain (a rule such as "battery set-point = agent's surplus").
/// </summary>
public sealed class SummingComponent : RealValuesComponent
{
    /// <summary>Name of the output.</summary>
    public const string SumName = "sum";

    private readonly double[] _gains;

    /// <summary>Creates the summing point with one input per gain; <paramref name="unit"/> is the unit of every input and of the sum.</summary>
    public SummingComponent(string name, IReadOnlyList<double> gains, string unit)
        : base(name, "EnergyCoSim.Sum", Variables(gains, unit))
    {
        _gains = gains.ToArray();
    }

    /// <summary>Name of input <paramref name="index"/> (zero-based).</summary>
    public static string InputName(int index) => "in_" + index.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    protected override void Compute(SimulationTime currentTime, SimulationDuration stepSize)
    {
        double sum = 0;
        for (var i = 0; i < _gains.Length; i++)
        {
            sum += _gains[i] * Values[i];
        }

        Values[_gains.Length] = sum;
    }

    private static VariableDescription[] Variables(IReadOnlyList<double> gains, string unit)
    {
        ArgumentNullException.ThrowIfNull(gains);
        ArgumentException.ThrowIfNullOrWhiteSpace(unit);
        var problems = new List<FieldViolation>();
        if (gains.Count == 0)
        {
            problems.Add(new FieldViolation("gains", "[]", "needs at least one term"));
        }

        for (var i = 0; i < gains.Count; i++)
        {
            if (!double.IsFinite(gains[i]))
            {
                problems.Add(new FieldViolation($"gains[{i}]", FieldViolation.Render(gains[i]), "must be a finite number"));
            }
        }

        if (problems.Count > 0)
        {
            throw new ValidationException(problems, "summing point");
        }

        var vars = new VariableDescription[gains.Count + 1];
        for (var i = 0; i < gains.Count; i++)
        {
            vars[i] = Real((uint)i, InputName(i), VariableCausality.Input, unit, string.Create(CultureInfo.InvariantCulture, $"term {i} (gain {gains[i]:G})"));
        }

        vars[^1] = Real((uint)gains.Count, SumName, VariableCausality.Output, unit, "Σ gain · input");
        return vars;
    }
}
