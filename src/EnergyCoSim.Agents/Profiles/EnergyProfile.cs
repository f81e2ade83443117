using EnergyCoSim.Core.Units;

namespace EnergyCoSim.Agents.Profiles;

/// <summary>An immutable series of energy per market interval (kWh), finite and ≥ 0.</summary>
public sealed class EnergyProfile
{
    private readonly double[] _kwh;

    /// <summary>Creates a profile from kWh values; NaN, ∞ and negative values are rejected with their index.</summary>
    public EnergyProfile(IEnumerable<double> kwhPerInterval, string name = "profile") =>
        _kwh = SeriesValidation.FiniteNonNegative(kwhPerInterval, name, "must be a finite energy ≥ 0 kWh");

    /// <summary>Number of market intervals.</summary>
    public int Length => _kwh.Length;

    /// <summary>Energy of interval <paramref name="step"/>.</summary>
    public EnergyKWh this[int step] =>
        step >= 0 && step < _kwh.Length
            ? new EnergyKWh(_kwh[step])
            : throw new ArgumentOutOfRangeException(nameof(step), step, $"step must be in [0, {_kwh.Length - 1}]");

    /// <summary>Total energy, kWh.</summary>
    public EnergyKWh Total => new(_kwh.Sum());

    /// <summary>Energy from <paramref name="step"/> to the end, kWh.</summary>
    public EnergyKWh RemainingFrom(int step)
    {
        var sum = 0.0;
        for (var i = Math.Clamp(step, 0, _kwh.Length); i < _kwh.Length; i++)
        {
            sum += _kwh[i];
        }

        return new EnergyKWh(sum);
    }

    /// <summary>The values as kWh numbers.</summary>
    public IReadOnlyList<double> Values => _kwh;
}
