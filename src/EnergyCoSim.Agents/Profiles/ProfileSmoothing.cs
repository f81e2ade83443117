namespace EnergyCoSim.Agents.Profiles;

/// <summary>MARLEM's smoothing rule (spec §6.1) and rounding, shared by the profile and tariff generators.</summary>
internal static class ProfileSmoothing
{
    /// <summary>
    /// Centred moving average of width <paramref name="window"/> with zero padding (numpy <c>convolve(..., "same")</c>:
    /// the first and last values are pulled toward 0), rounded to <paramref name="decimals"/>. Unchanged when
    /// <c>window ≤ 1</c> or the series is shorter than the window.
    /// </summary>
    public static double[] Smooth(double[] values, int window, int decimals)
    {
        if (window <= 1 || values.Length < window)
        {
            return values;
        }

        // numpy's "same" output starts at index (window − 1) / 2 of the full convolution.
        var start = (window - 1) / 2;
        var result = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var sum = 0.0;
            var j = i + start;
            for (var k = 0; k < window; k++)
            {
                var idx = j - k;
                if (idx >= 0 && idx < values.Length)
                {
                    sum += values[idx];
                }
            }

            result[i] = Math.Round(sum / window, decimals, MidpointRounding.ToEven);
        }

        return result;
    }

    /// <summary>Rounds every value to <paramref name="decimals"/> (half to even, as numpy).</summary>
    public static double[] Round(double[] values, int decimals)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Math.Round(values[i], decimals, MidpointRounding.ToEven);
        }

        return values;
    }

    /// <summary>Hour of day of interval <paramref name="step"/> in a day of <paramref name="steps"/> intervals.</summary>
    public static double HourOf(int step, int steps) => 24.0 * step / steps;
}
