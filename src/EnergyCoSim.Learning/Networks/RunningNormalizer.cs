namespace EnergyCoSim.Learning.Networks;

/// <summary>Running mean and variance per dimension (Chan's parallel update), frozen while an iteration samples.</summary>
internal sealed class RunningNormalizer
{
    private const double Epsilon = 1e-8;
    private const double ClipAt = 10;

    public RunningNormalizer(int size)
    {
        Mean = new double[size];
        Variance = Enumerable.Repeat(1.0, size).ToArray();
        Count = 1e-4;
    }

    public double[] Mean { get; }

    public double[] Variance { get; }

    public double Count { get; set; }

    public int Size => Mean.Length;

    /// <summary>Adds a batch of rows of <see cref="Size"/> values.</summary>
    public void Update(ReadOnlySpan<float> rows, int rowCount)
    {
        if (rowCount == 0)
        {
            return;
        }

        var n = Size;
        var mean = new double[n];
        var m2 = new double[n];
        for (var r = 0; r < rowCount; r++)
        {
            for (var d = 0; d < n; d++)
            {
                mean[d] += rows[(r * n) + d];
            }
        }

        for (var d = 0; d < n; d++)
        {
            mean[d] /= rowCount;
        }

        for (var r = 0; r < rowCount; r++)
        {
            for (var d = 0; d < n; d++)
            {
                var x = rows[(r * n) + d] - mean[d];
                m2[d] += x * x;
            }
        }

        var total = Count + rowCount;
        for (var d = 0; d < n; d++)
        {
            var delta = mean[d] - Mean[d];
            var combined = (Variance[d] * Count) + m2[d] + (delta * delta * Count * rowCount / total);
            Mean[d] += delta * rowCount / total;
            Variance[d] = combined / total;
        }

        Count = total;
    }

    /// <summary>Standardises <paramref name="values"/> in place (clipped to ±10), or leaves them when disabled.</summary>
    public void Apply(Span<float> values, bool enabled)
    {
        if (!enabled)
        {
            return;
        }

        for (var d = 0; d < values.Length; d++)
        {
            var z = (values[d] - Mean[d]) / Math.Sqrt(Variance[d] + Epsilon);
            values[d] = (float)Math.Clamp(z, -ClipAt, ClipAt);
        }
    }

    public double StandardDeviation(int d) => Math.Sqrt(Variance[d] + Epsilon);

    public RunningNormalizer Clone()
    {
        var c = new RunningNormalizer(Size) { Count = Count };
        Mean.CopyTo(c.Mean, 0);
        Variance.CopyTo(c.Variance, 0);
        return c;
    }
}
