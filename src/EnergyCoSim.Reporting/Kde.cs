namespace EnergyCoSim.Reporting;

/// <summary>Gaussian kernel density estimate with Scott's bandwidth (as scipy.stats.gaussian_kde), and sample quantiles.</summary>
internal static class Kde
{
    /// <summary>Scott's rule: sample std (ddof 1) · n^(−1/5); a constant or single sample gets 5 % of its magnitude (or 1).</summary>
    public static double ScottBandwidth(IReadOnlyList<double> x)
    {
        var n = x.Count;
        if (n < 2)
        {
            return n == 1 && x[0] != 0 ? Math.Abs(x[0]) * 0.05 : 1;
        }

        var mean = x.Average();
        var sd = Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        return sd > 0 ? sd * Math.Pow(n, -0.2) : (mean != 0 ? Math.Abs(mean) * 0.05 : 1);
    }

    /// <summary>Density at each point of <paramref name="at"/>, per unit of x.</summary>
    public static double[] Density(IReadOnlyList<double> x, double bandwidth, IReadOnlyList<double> at)
    {
        var norm = 1 / (x.Count * bandwidth * Math.Sqrt(2 * Math.PI));
        return at.Select(a => norm * x.Sum(v => Math.Exp(-0.5 * ((a - v) / bandwidth) * ((a - v) / bandwidth)))).ToArray();
    }

    /// <summary>An evaluation grid spanning the data ± 3 bandwidths.</summary>
    public static double[] Grid(IReadOnlyList<double> x, double bandwidth, int points = 200)
    {
        var lo = x.Min() - (3 * bandwidth);
        var hi = x.Max() + (3 * bandwidth);
        return Enumerable.Range(0, points).Select(i => lo + ((hi - lo) * i / (points - 1))).ToArray();
    }

    /// <summary>Linear-interpolated quantile (numpy's default), q in [0, 1].</summary>
    public static double Quantile(IReadOnlyList<double> x, double q)
    {
        var s = x.Order().ToArray();
        if (s.Length == 0)
        {
            return 0;
        }

        var pos = q * (s.Length - 1);
        var lo = (int)Math.Floor(pos);
        var hi = Math.Min(lo + 1, s.Length - 1);
        return s[lo] + ((s[hi] - s[lo]) * (pos - lo));
    }
}
