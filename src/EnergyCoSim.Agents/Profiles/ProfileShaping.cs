using EnergyCoSim.Core.Validation;

namespace EnergyCoSim.Agents.Profiles;

/// <summary>
/// Profile shaping as data, applied at every reset (MARLEM's notebooks shaped once and lost it at the first
/// reset): an overall multiplier, extra multipliers inside hour-of-day windows, then clipping to [min, max] kWh.
/// </summary>
public sealed class ProfileShaping
{
    /// <summary>Creates and validates a shaping; all problems are reported together.</summary>
    /// <param name="multiplier">Factor for every interval, ≥ 0.</param>
    /// <param name="windows">Window multipliers (each matching window multiplies), or null.</param>
    /// <param name="clipMin">Lower clip, kWh, or null.</param>
    /// <param name="clipMax">Upper clip, kWh, or null.</param>
    /// <param name="scope">Field path prefix for messages.</param>
    public ProfileShaping(double multiplier = 1.0, IReadOnlyList<ProfileWindow>? windows = null, double? clipMin = null, double? clipMax = null, string scope = "shaping")
    {
        var root = new ViolationCollector();
        var c = root.Scope(scope);
        c.AtLeast("multiplier", multiplier, 0);
        var list = windows ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var w = c.Scope("windows", i);
            w.InRange("from_hour", list[i].FromHour, 0, 24);
            if (w.InRange("to_hour", list[i].ToHour, 0, 24))
            {
                w.Require(list[i].ToHour >= list[i].FromHour, "to_hour", list[i].ToHour, "must be ≥ from_hour");
            }

            w.AtLeast("multiplier", list[i].Multiplier, 0);
        }

        var minOk = clipMin is not { } lo || c.AtLeast("clip_min", lo, 0);
        var maxOk = clipMax is not { } hi || c.AtLeast("clip_max", hi, 0);
        if (minOk && maxOk && clipMin is { } a && clipMax is { } b)
        {
            c.Require(b >= a, "clip_max", b, "must be ≥ clip_min");
        }

        root.ThrowIfAny("profile shaping");
        Multiplier = multiplier;
        Windows = list.ToArray();
        ClipMin = clipMin;
        ClipMax = clipMax;
    }

    /// <summary>No shaping.</summary>
    public static ProfileShaping None { get; } = new();

    /// <summary>Factor for every interval.</summary>
    public double Multiplier { get; }

    /// <summary>Window multipliers.</summary>
    public IReadOnlyList<ProfileWindow> Windows { get; }

    /// <summary>Lower clip, kWh.</summary>
    public double? ClipMin { get; }

    /// <summary>Upper clip, kWh.</summary>
    public double? ClipMax { get; }

    /// <summary>Applies the shaping to <paramref name="kwh"/> (one value per interval of a day of <c>kwh.Length</c> intervals).</summary>
    public double[] Apply(IReadOnlyList<double> kwh)
    {
        ArgumentNullException.ThrowIfNull(kwh);
        var result = new double[kwh.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var hour = 24.0 * i / result.Length;
            var v = kwh[i] * Multiplier;
            foreach (var w in Windows)
            {
                if (w.Contains(hour))
                {
                    v *= w.Multiplier;
                }
            }

            if (ClipMin is { } lo)
            {
                v = Math.Max(lo, v);
            }

            if (ClipMax is { } hi)
            {
                v = Math.Min(hi, v);
            }

            result[i] = v;
        }

        return result;
    }
}
