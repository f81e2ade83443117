using EnergyCoSim.Core.Errors;
using EnergyCoSim.Grid.IO;
using EnergyCoSim.Grid.Network;

namespace EnergyCoSim.Grid.Feeders;

/// <summary>
/// Feeders shipped with EnergyCoSim: IEEE 13 and 34 node (balanced positive-sequence approximations, regulators at
/// fixed taps), Baran &amp; Wu 33-bus and a ~1 200-bus synthetic LV residential system. Agents go on
/// <see cref="GridCase.LoadBusIds"/>.
/// </summary>
public static class BuiltInFeeders
{
    /// <summary>IEEE 13-node feeder name.</summary>
    public const string Ieee13 = "ieee13";

    /// <summary>IEEE 34-node feeder name.</summary>
    public const string Ieee34 = "ieee34";

    /// <summary>Baran &amp; Wu 33-bus feeder name.</summary>
    public const string BaranWu33 = "baran-wu-33";

    /// <summary>Synthetic LV residential system (1 233 buses) name.</summary>
    public const string LvResidential = "lv-residential";

    /// <summary>All built-in names.</summary>
    public static IReadOnlyList<string> Names { get; } = [Ieee13, Ieee34, BaranWu33, LvResidential];

    /// <summary>True when <paramref name="name"/> (case-insensitive) is a built-in feeder.</summary>
    public static bool Exists(string name) => Names.Contains(name.ToLowerInvariant());

    /// <summary>Loads a built-in feeder; throws <see cref="NotFoundException"/> for an unknown name.</summary>
    public static GridCase Load(string name)
    {
        var key = name.ToLowerInvariant();
        if (key == LvResidential)
        {
            return LvResidentialFeederBuilder.Build();
        }

        if (!Names.Contains(key))
        {
            throw new NotFoundException("feeder", name);
        }

        using var stream = typeof(BuiltInFeeders).Assembly.GetManifestResourceStream($"EnergyCoSim.Grid.Feeders.{key}.json")
            ?? throw new NotFoundException("feeder resource", key);
        using var reader = new StreamReader(stream);
        return JsonCaseReader.Read(reader.ReadToEnd(), $"built-in feeder '{key}'");
    }
}
