namespace EnergyCoSim.Simulation.Analytics;

/// <summary>Population statistics (ddof 0, as numpy) and MARLEM's trend = slope · r of an OLS fit against 0..n−1.</summary>
internal static class SeriesStatistics
{
    public static double Mean(ReadOnlySpan<double> x)
    {
        if (x.IsEmpty)
        {
            return 0;
        }

        double s = 0;
        foreach (var v in x)
        {
            s += v;
        }

        return s / x.Length;
    }

    public static double Variance(ReadOnlySpan<double> x)
    {
        if (x.IsEmpty)
        {
            return 0;
        }

        var m = Mean(x);
        double s = 0;
        foreach (var v in x)
        {
            s += (v - m) * (v - m);
        }

        return s / x.Length;
    }

    public static double StdDev(ReadOnlySpan<double> x) => Math.Sqrt(Variance(x));

    public static double Max(ReadOnlySpan<double> x)
    {
        var m = double.NegativeInfinity;
        foreach (var v in x)
        {
            m = Math.Max(m, v);
        }

        return x.IsEmpty ? 0 : m;
    }

    /// <summary>Pearson correlation; NaN when either series is constant or shorter than 2.</summary>
    public static double Correlation(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var n = Math.Min(x.Length, y.Length);
        if (n < 2)
        {
            return double.NaN;
        }

        x = x[..n];
        y = y[..n];
        var mx = Mean(x);
        var my = Mean(y);
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxx <= 0 || syy <= 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>slope · r of y against 0..n−1; 0 for fewer than <paramref name="window"/> points or a constant series.</summary>
    public static double Trend(ReadOnlySpan<double> y, int window = 2)
    {
        var n = y.Length;
        if (n < Math.Max(2, window))
        {
            return 0;
        }

        var mx = (n - 1) / 2.0;
        var my = Mean(y);
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            sxy += (i - mx) * (y[i] - my);
            sxx += (i - mx) * (i - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        if (syy <= 0)
        {
            return 0;
        }

        var slope = sxy / sxx;
        var r = sxy / Math.Sqrt(sxx * syy);
        return slope * r;
    }

    public static double Clip(double v, double lo, double hi) => Math.Min(hi, Math.Max(lo, v));
}
