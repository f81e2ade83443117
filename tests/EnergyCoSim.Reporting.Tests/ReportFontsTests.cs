namespace EnergyCoSim.Reporting.Tests;

public sealed class ReportFontsTests
{
    [Fact]
    public void EmbeddedTypefaces_LoadFromTheAssembly_AreDejaVuSans()
    {
        Assert.Equal(ReportFonts.Family, ReportFonts.RegularTypeface.FamilyName);
        Assert.Equal(ReportFonts.Family, ReportFonts.BoldTypeface.FamilyName);
        Assert.True(ReportFonts.BoldTypeface.IsBold);
    }

    [Fact]
    public void Resolver_AfterRegistration_ServesTheEmbeddedFontForItsFamilyOnly()
    {
        ReportFonts.EnsureRegistered();
        var resolver = new ReportFonts();

        Assert.Same(ReportFonts.RegularTypeface, resolver.CreateTypeface(ReportFonts.Family, bold: false, italic: false));
        Assert.Null(resolver.CreateTypeface("Comic Sans MS", bold: false, italic: false));
        Assert.Equal(ReportFonts.Family, ScottPlot.Fonts.Default);
    }
}
