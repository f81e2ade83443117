using EnergyCoSim.Reporting;
using SkiaSharp;

namespace EnergyCoSim.Reporting.Tests;

/// <summary>Checks a figure is a decodable PNG of its stated size and not blank; optionally keeps it for a human to look at.</summary>
internal static class PngAssert
{
    public static void ValidAndNotBlank(Figure figure, double minVariance = 50)
    {
        Assert.True(figure.Png.Length > 8 && figure.Png[1] == (byte)'P' && figure.Png[2] == (byte)'N' && figure.Png[3] == (byte)'G', $"{figure.Name} is not a PNG");
        using var bitmap = SKBitmap.Decode(figure.Png);
        Assert.NotNull(bitmap);
        Assert.Equal(figure.Width, bitmap.Width);
        Assert.Equal(figure.Height, bitmap.Height);
        Assert.True(LuminanceVariance(bitmap) > minVariance, $"{figure.Name} looks blank (variance {LuminanceVariance(bitmap)})");
        Assert.False(string.IsNullOrWhiteSpace(figure.Caption));
        Assert.DoesNotContain('\n', figure.Caption);
        Assert.False(string.IsNullOrWhiteSpace(figure.Title));
        Keep(figure);
    }

    /// <summary>Variance of the grey level over a sample of pixels; a white or single-colour image gives ~0.</summary>
    public static double LuminanceVariance(SKBitmap bitmap)
    {
        double sum = 0, sum2 = 0;
        var n = 0;
        for (var y = 0; y < bitmap.Height; y += 3)
        {
            for (var x = 0; x < bitmap.Width; x += 3)
            {
                var c = bitmap.GetPixel(x, y);
                var l = (0.299 * c.Red) + (0.587 * c.Green) + (0.114 * c.Blue);
                sum += l;
                sum2 += l * l;
                n++;
            }
        }

        var mean = sum / n;
        return (sum2 / n) - (mean * mean);
    }

    /// <summary>A "no data" placeholder is mostly white with one line of text: less variance than a chart, more than a blank page.</summary>
    public static void ValidPlaceholder(Figure figure) => ValidAndNotBlank(figure, minVariance: 3);

    private static void Keep(Figure figure)
    {
        // Set ENERGYCOSIM_FIGURE_PREVIEW to a folder to look at every figure the tests render.
        var dir = Environment.GetEnvironmentVariable("ENERGYCOSIM_FIGURE_PREVIEW");
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, $"{figure.Name}_{figure.Title.GetHashCode(StringComparison.Ordinal):x8}.png"), figure.Png);
        }
    }
}
