using EnergyCoSim.Agents.Profiles;
using EnergyCoSim.Core.Units;

namespace EnergyCoSim.Agents.Tariffs;

/// <summary>An immutable series of prices per market interval, $/MWh, finite and ≥ 0.</summary>
public sealed class PriceProfile
{
    private readonly double[] _usdPerMWh;

    /// <summary>Creates the profile; NaN, ∞ and negative prices are rejected with their index.</summary>
    public PriceProfile(IEnumerable<double> usdPerMWh, string name = "prices") =>
        _usdPerMWh = SeriesValidation.FiniteNonNegative(usdPerMWh, name, "must be a finite price ≥ 0 $/MWh");

    /// <summary>Number of intervals.</summary>
    public int Length => _usdPerMWh.Length;

    /// <summary>Price of interval <paramref name="step"/>.</summary>
    public PriceUsdPerMWh this[int step] =>
        step >= 0 && step < _usdPerMWh.Length
            ? new PriceUsdPerMWh(_usdPerMWh[step])
            : throw new ArgumentOutOfRangeException(nameof(step), step, $"step must be in [0, {_usdPerMWh.Length - 1}]");

    /// <summary>The values in $/MWh.</summary>
    public IReadOnlyList<double> Values => _usdPerMWh;
}
