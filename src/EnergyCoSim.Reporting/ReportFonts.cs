using ScottPlot;
using SkiaSharp;

namespace EnergyCoSim.Reporting;

/// <summary>Registers the embedded DejaVu Sans with ScottPlot once, so figures never depend on a system font.</summary>
internal sealed class ReportFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private static readonly Lock Gate = new();
    private static bool registered;
    // Shared for the process and never disposed: ScottPlot caches the typefaces a resolver returns.
    public static SKTypeface RegularTypeface { get; } = Load("DejaVuSans.ttf");

    public static SKTypeface BoldTypeface { get; } = Load("DejaVuSans-Bold.ttf");

    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (registered)
            {
                return;
            }

            Fonts.FontResolvers.Insert(0, new ReportFonts());
            Fonts.Default = Family;
            registered = true;
        }
    }

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        string.Equals(fontName, Family, StringComparison.OrdinalIgnoreCase) ? (bold ? BoldTypeface : RegularTypeface) : null;

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(ReportFonts).Assembly.GetManifestResourceStream("EnergyCoSim.Reporting.Fonts." + file)
            ?? throw new InvalidOperationException($"embedded font {file} is missing from the assembly");
        return SKTypeface.FromStream(stream);
    }
}
