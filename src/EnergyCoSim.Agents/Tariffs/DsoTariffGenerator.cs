using EnergyCoSim.Agents.Profiles;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Core.Validation;

namespace EnergyCoSim.Agents.Tariffs;

/// <summary>
/// Generates the DSO's feed-in and utility prices within [min, max] $/MWh (spec §6.3), feed-in first, and enforces
/// a gap of 5 % of the range between them (utility ≥ feed-in + gap). Every draw comes from the given stream.
/// </summary>
public sealed class DsoTariffGenerator
{
    private static readonly TariffPeriod[] FeedInPeriods =
        [new(0, 6, 0.9), new(6, 10, 0.7), new(10, 16, 0.6), new(16, 18, 0.8), new(18, 22, 1.0), new(22, 24, 0.9)];

    private static readonly TariffPeriod[] UtilityPeriods =
        [new(0, 1, 0.8), new(1, 6, 0.6), new(6, 9, 1.3), new(9, 12, 1.0), new(12, 16, 1.1), new(16, 18, 1.2), new(18, 22, 1.4), new(22, 24, 1.0)];

    /// <summary>Creates and validates the generator.</summary>
    /// <param name="minPrice">Lowest price P0, $/MWh, ≥ 0.</param>
    /// <param name="maxPrice">Highest price P1, $/MWh, &gt; P0.</param>
    /// <param name="decimals">Rounding of the prices, ≥ 0.</param>
    public DsoTariffGenerator(double minPrice, double maxPrice, int decimals = 1)
    {
        var root = new ViolationCollector();
        var c = root.Scope("dso");
        var minOk = c.AtLeast("min_price", minPrice, 0);
        if (c.Finite("max_price", maxPrice) && minOk)
        {
            c.Require(maxPrice > minPrice, "max_price", maxPrice, "must be > min_price");
        }

        c.InRange("decimals", decimals, 0, 15);
        root.ThrowIfAny("DSO tariff generator");
        (MinPrice, MaxPrice, Decimals) = (minPrice, maxPrice, decimals);
    }

    /// <summary>P0, $/MWh.</summary>
    public double MinPrice { get; }

    /// <summary>P1, $/MWh.</summary>
    public double MaxPrice { get; }

    /// <summary>Rounding of the prices.</summary>
    public int Decimals { get; }

    /// <summary>The enforced gap between utility and feed-in: 5 % of the range, $/MWh.</summary>
    public double Gap => 0.05 * (MaxPrice - MinPrice);

    /// <summary>Both tariffs for <paramref name="steps"/> intervals, clipped to the range and with the gap enforced.</summary>
    public DsoTariffs Generate(int steps, RandomStream random, TariffSource? feedIn = null, TariffSource? utility = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(steps);
        ArgumentNullException.ThrowIfNull(random);
        var fit = Clip(Build(feedIn ?? TariffSource.Random, steps, random, isFeedIn: true));
        var up = Clip(Build(utility ?? TariffSource.Random, steps, random, isFeedIn: false));
        return EnforcePriceRelationship(fit, up);
    }

    /// <summary>Spec §6.3 <c>enforce_price_relationship</c>: raises utility (or lowers feed-in at the top of the range) until utility ≥ feed-in + gap.</summary>
    public DsoTariffs EnforcePriceRelationship(IReadOnlyList<double> feedIn, IReadOnlyList<double> utility)
    {
        ArgumentNullException.ThrowIfNull(feedIn);
        ArgumentNullException.ThrowIfNull(utility);
        if (feedIn.Count != utility.Count)
        {
            throw new ArgumentException($"feed-in has {feedIn.Count} intervals, utility {utility.Count}", nameof(utility));
        }

        var gap = Gap;
        var fit = new double[feedIn.Count];
        var up = new double[utility.Count];
        for (var i = 0; i < fit.Length; i++)
        {
            var f = feedIn[i];
            var u = utility[i];
            if (u <= f + gap)
            {
                var required = f + gap;
                if (required > MaxPrice)
                {
                    f = Math.Max(MinPrice, MaxPrice - gap);
                    u = Math.Min(MaxPrice, f + gap);
                }
                else
                {
                    u = required;
                }
            }

            f = Math.Clamp(f, MinPrice, MaxPrice);
            u = Math.Min(Math.Max(u, f + gap), MaxPrice);
            fit[i] = Math.Round(f, Decimals, MidpointRounding.ToEven);
            up[i] = Math.Round(u, Decimals, MidpointRounding.ToEven);
        }

        return new DsoTariffs(new PriceProfile(fit, "feed_in"), new PriceProfile(up, "utility"));
    }

    private double[] Build(TariffSource source, int steps, RandomStream random, bool isFeedIn)
    {
        if (source.Values is { } values)
        {
            return values.Count == steps
                ? new PriceProfile(values, isFeedIn ? "feed_in" : "utility").Values.ToArray()
                : throw new ArgumentException($"{(isFeedIn ? "feed-in" : "utility")} has {values.Count} values but the episode has {steps} intervals", nameof(source));
        }

        if (source.Table is { } table)
        {
            var column = table.Column(source.Column!.Resolve(table, random));
            return column.Count == steps
                ? (isFeedIn ? FeedInFromShape(column, random) : UtilityFromShape(column, random))
                : throw new ArgumentException($"{table.Source}: the column has {column.Count} rows but the episode has {steps} intervals", nameof(source));
        }

        return isFeedIn ? RandomFeedIn(steps, random) : RandomUtility(steps, random);
    }

    private double[] RandomFeedIn(int steps, RandomStream random)
    {
        var span = MaxPrice - MinPrice;
        var basePrice = MinPrice + (span * random.Uniform(0.2, 0.4));
        var periods = ShiftPeriods(FeedInPeriods, random, 0.7, 1.3);
        var values = new double[steps];
        for (var i = 0; i < steps; i++)
        {
            var v = Math.Max(MinPrice, basePrice * FactorAt(periods, ProfileSmoothing.HourOf(i, steps)) * random.Uniform(0.75, 1.25));
            values[i] = Math.Min(v, 0.9 * MaxPrice);
        }

        return ProfileSmoothing.Smooth(ProfileSmoothing.Round(values, Decimals), 3, Decimals);
    }

    private double[] RandomUtility(int steps, RandomStream random)
    {
        var basePrice = (2 * MinPrice) + ((MaxPrice - (2 * MinPrice)) * random.Uniform(0.6, 0.8));
        var periods = ShiftPeriods(UtilityPeriods, random, 0.75, 1.25);
        var values = new double[steps];
        for (var i = 0; i < steps; i++)
        {
            var v = Math.Min(MaxPrice, basePrice * FactorAt(periods, ProfileSmoothing.HourOf(i, steps)) * random.Uniform(0.8, 1.2));
            values[i] = Math.Max(v, 1.1 * MinPrice);
        }

        return ProfileSmoothing.Smooth(ProfileSmoothing.Round(values, Decimals), 3, Decimals);
    }

    private double[] FeedInFromShape(IReadOnlyList<double> shape, RandomStream random)
    {
        var (lo, hi) = (shape.Min(), shape.Max());
        var values = new double[shape.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var v = hi > lo
                ? ((((shape[i] - lo) / (hi - lo)) * (MaxPrice - MinPrice) * 0.6) + MinPrice) * random.Uniform(0.7, 1.3)
                : MinPrice * random.Uniform(0.7, 1.5);
            values[i] = Math.Clamp(v, MinPrice, 0.9 * MaxPrice);
        }

        return ProfileSmoothing.Smooth(ProfileSmoothing.Round(values, Decimals), 3, Decimals);
    }

    private double[] UtilityFromShape(IReadOnlyList<double> shape, RandomStream random)
    {
        var (lo, hi) = (shape.Min(), shape.Max());
        var values = new double[shape.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var v = hi > lo
                ? ((1.5 * MinPrice) + (((shape[i] - lo) / (hi - lo)) * (MaxPrice - (1.5 * MinPrice)))) * random.Uniform(0.75, 1.25)
                : MaxPrice * random.Uniform(0.75, 1.25);
            values[i] = Math.Clamp(v, 1.1 * MinPrice, MaxPrice);
        }

        return ProfileSmoothing.Smooth(ProfileSmoothing.Round(values, Decimals), 3, Decimals);
    }

    private static TariffPeriod[] ShiftPeriods(TariffPeriod[] periods, RandomStream random, double factorLow, double factorHigh)
    {
        var shifted = new TariffPeriod[periods.Length];
        for (var p = 0; p < periods.Length; p++)
        {
            var start = Math.Max(0, periods[p].StartHour + random.Uniform(-1.5, 1.5));
            var end = Math.Min(24, periods[p].EndHour + random.Uniform(-1.5, 1.5));
            if (end <= start)
            {
                end = start + 1;
            }

            shifted[p] = new TariffPeriod(start, end, periods[p].Factor * random.Uniform(factorLow, factorHigh));
        }

        return shifted;
    }

    private static double FactorAt(TariffPeriod[] periods, double hour)
    {
        foreach (var p in periods)
        {
            if (p.StartHour <= hour && hour < p.EndHour)
            {
                return p.Factor;
            }
        }

        return 1.0;
    }

    private double[] Clip(double[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Math.Clamp(values[i], MinPrice, MaxPrice);
        }

        return values;
    }
}
