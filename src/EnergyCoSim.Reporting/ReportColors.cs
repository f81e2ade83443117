using ScottPlot;

namespace EnergyCoSim.Reporting;

/// <summary>The fixed colours of the figures (spec §10) and a stable colour per scenario.</summary>
public static class ReportColors
{
    /// <summary>Clearing price series.</summary>
    public static Color Price { get; } = Color.FromHex("#4A90E2");

    /// <summary>Volume series.</summary>
    public static Color Volume { get; } = Color.FromHex("#7ED321");

    /// <summary>DSO series.</summary>
    public static Color Dso { get; } = Color.FromHex("#D0021B");

    /// <summary>Net buyers.</summary>
    public static Color Buyer { get; } = Color.FromHex("#4A90E2");

    /// <summary>Net sellers.</summary>
    public static Color Seller { get; } = Color.FromHex("#7ED321");

    /// <summary>Balanced traders.</summary>
    public static Color Balanced { get; } = Color.FromHex("#FFA500");

    /// <summary>Mean markers.</summary>
    public static Color Mean { get; } = Color.FromHex("#D0021B");

    /// <summary>Median markers.</summary>
    public static Color Median { get; } = Color.FromHex("#F5A623");

    private static readonly Color[] Palette =
    [
        Color.FromHex("#1F77B4"), Color.FromHex("#FF7F0E"), Color.FromHex("#2CA02C"), Color.FromHex("#D62728"), Color.FromHex("#9467BD"),
        Color.FromHex("#8C564B"), Color.FromHex("#E377C2"), Color.FromHex("#7F7F7F"), Color.FromHex("#BCBD22"), Color.FromHex("#17BECF"),
    ];

    /// <summary>A colour per scenario by its position in the ordinally sorted names, so every figure of a run agrees.</summary>
    public static IReadOnlyDictionary<string, Color> ForScenarios(IEnumerable<string> scenarios) =>
        scenarios.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((s, i) => (s, i)).ToDictionary(p => p.s, p => Palette[p.i % Palette.Length], StringComparer.Ordinal);

    /// <summary>The i-th colour of the categorical palette (agents, algorithms).</summary>
    public static Color Series(int i) => Palette[((i % Palette.Length) + Palette.Length) % Palette.Length];
}
