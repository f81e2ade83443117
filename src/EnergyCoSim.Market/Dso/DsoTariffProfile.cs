using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Units;
using EnergyCoSim.Core.Validation;

namespace EnergyCoSim.Market.Dso;

/// <summary>
/// The DSO's per-interval tariffs in $/MWh: feed-in tariff (what it pays for energy it buys) and utility price
/// (what it charges). Validated: non-empty, equal length, finite, ≥ 0 and FIT ≤ UP at every interval.
/// </summary>
public sealed class DsoTariffProfile
{
    private readonly double[] _feedInTariff;
    private readonly double[] _utilityPrice;

    /// <summary>Creates and validates the profile; throws <see cref="ValidationException"/> listing every problem.</summary>
    public DsoTariffProfile(IReadOnlyList<double> feedInTariffUsdPerMWh, IReadOnlyList<double> utilityPriceUsdPerMWh)
    {
        var check = new ViolationCollector();
        check.Require(feedInTariffUsdPerMWh.Count > 0, "feed_in_tariff", feedInTariffUsdPerMWh.Count, "must have at least one entry");
        check.Require(utilityPriceUsdPerMWh.Count > 0, "utility_price", utilityPriceUsdPerMWh.Count, "must have at least one entry");
        check.Require(
            feedInTariffUsdPerMWh.Count == utilityPriceUsdPerMWh.Count,
            "utility_price",
            utilityPriceUsdPerMWh.Count,
            $"entries must match the {feedInTariffUsdPerMWh.Count} feed_in_tariff entries");
        for (var i = 0; i < feedInTariffUsdPerMWh.Count; i++)
        {
            check.Scope("feed_in_tariff", i).AtLeast(string.Empty, feedInTariffUsdPerMWh[i], 0);
        }

        for (var i = 0; i < utilityPriceUsdPerMWh.Count; i++)
        {
            var ok = check.Scope("utility_price", i).AtLeast(string.Empty, utilityPriceUsdPerMWh[i], 0);
            if (ok && i < feedInTariffUsdPerMWh.Count && double.IsFinite(feedInTariffUsdPerMWh[i]))
            {
                check.Scope("utility_price", i).Require(
                    feedInTariffUsdPerMWh[i] <= utilityPriceUsdPerMWh[i],
                    string.Empty,
                    utilityPriceUsdPerMWh[i],
                    $"must be ≥ feed_in_tariff[{i}] ({feedInTariffUsdPerMWh[i].ToString(System.Globalization.CultureInfo.InvariantCulture)})");
            }
        }

        check.ThrowIfAny("DSO tariff profile");
        _feedInTariff = [.. feedInTariffUsdPerMWh];
        _utilityPrice = [.. utilityPriceUsdPerMWh];
    }

    /// <summary>Number of intervals covered.</summary>
    public int Length => _feedInTariff.Length;

    /// <summary>Feed-in tariff of interval <paramref name="step"/>.</summary>
    public PriceUsdPerMWh FeedInTariff(int step) => new(_feedInTariff[CheckStep(step)]);

    /// <summary>Utility price of interval <paramref name="step"/>.</summary>
    public PriceUsdPerMWh UtilityPrice(int step) => new(_utilityPrice[CheckStep(step)]);

    /// <summary>Mid price (FIT + UP)/2 of interval <paramref name="step"/>.</summary>
    public PriceUsdPerMWh MidPrice(int step) => new((_feedInTariff[CheckStep(step)] + _utilityPrice[step]) / 2);

    private int CheckStep(int step) =>
        step >= 0 && step < _feedInTariff.Length ? step : throw new ValidationException("step", step, $"is outside [0, {_feedInTariff.Length - 1}] (the tariff profile length)");
}
