using EnergyCoSim.Agents.Profiles;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Simulation.Components;

namespace EnergyCoSim.Simulation.Sources;

/// <summary>
/// A generated profile as a component: the agents' solar or residential generator (kWh per interval for a
/// capacity, turned into kW) or uniform random kW, drawn once from a seeded stream for the whole run. Output
/// <c>value_kw</c> during a step from t is the value of the interval starting at t.
/// </summary>
public sealed class GeneratedProfileComponent : RealValuesComponent
{
    /// <summary>Name of the output.</summary>
    public const string ValueName = "value_kw";

    private readonly double[] _valuesKw;
    private readonly TimeSpan _interval;

    private GeneratedProfileComponent(string name, double[] valuesKw, TimeSpan interval)
        : base(name, "EnergyCoSim.GeneratedProfile", [Real(0, ValueName, VariableCausality.Output, "kW", "generated profile", valuesKw[0])])
    {
        (_valuesKw, _interval) = (valuesKw, interval);
    }

    /// <summary>The series, kW per interval.</summary>
    public IReadOnlyList<double> ValuesKw => _valuesKw;

    /// <summary>
    /// Generates <paramref name="steps"/> intervals of <paramref name="interval"/>: solar/residential for an agent of
    /// <paramref name="capacityKw"/>, random in [<paramref name="minKw"/>, <paramref name="maxKw"/>]; every draw
    /// from <paramref name="random"/>. Problems are listed at once, fields under <paramref name="scope"/>.
    /// </summary>
    public static GeneratedProfileComponent Create(string name, GeneratedProfileKind kind, int steps, TimeSpan interval, RandomStream random, double capacityKw = 0, double minKw = 0, double maxKw = 0, string scope = "profile")
    {
        ArgumentNullException.ThrowIfNull(random);
        var problems = new List<FieldViolation>();
        if (steps < 1)
        {
            problems.Add(new FieldViolation($"{scope}.steps", FieldViolation.Render(steps), "must be at least 1"));
        }

        if (interval <= TimeSpan.Zero)
        {
            problems.Add(new FieldViolation($"{scope}.interval", interval.ToString(), "must be positive"));
        }

        if (kind is GeneratedProfileKind.Solar or GeneratedProfileKind.Residential && !(capacityKw > 0 && double.IsFinite(capacityKw)))
        {
            problems.Add(new FieldViolation($"{scope}.capacity_kw", FieldViolation.Render(capacityKw), "must be a positive finite number"));
        }

        if (kind == GeneratedProfileKind.Random && !(double.IsFinite(minKw) && double.IsFinite(maxKw) && minKw <= maxKw))
        {
            problems.Add(new FieldViolation($"{scope}.max_kw", FieldViolation.Render(maxKw), $"must be finite and ≥ min_kw ({FieldViolation.Render(minKw)})"));
        }

        if (!Enum.IsDefined(kind))
        {
            problems.Add(new FieldViolation($"{scope}.kind", kind.ToString(), "must be solar, residential or random"));
        }

        if (problems.Count > 0)
        {
            throw new ValidationException(problems, $"generated profile '{name}'");
        }

        var hours = interval.TotalHours;
        double[] values = kind switch
        {
            GeneratedProfileKind.Solar => new SolarGenerationSource().Generate(steps, capacityKw, random).Select(kwh => kwh / hours).ToArray(),
            GeneratedProfileKind.Residential => new ResidentialDemandSource().Generate(steps, capacityKw, random).Select(kwh => kwh / hours).ToArray(),
            _ => Enumerable.Range(0, steps).Select(_ => random.Uniform(minKw, maxKw)).ToArray(),
        };
        return new GeneratedProfileComponent(name, values, interval);
    }

    /// <inheritdoc />
    protected override void Compute(SimulationTime currentTime, SimulationDuration stepSize)
    {
        var intervalTicks = Resolution.TicksIn(_interval);
        var index = intervalTicks > 0 ? (currentTime - StartTime).Ticks / intervalTicks : 0;
        Values[0] = _valuesKw[(int)Math.Clamp(index, 0, _valuesKw.Length - 1)];
    }
}
