namespace EnergyCoSim.Reporting;

/// <summary>How <see cref="RunReport"/> writes the report.</summary>
public sealed record ReportOptions
{
    /// <summary>Embed every PNG in report.html as base64 (one file to share) instead of writing them to <c>figures/</c> beside it.</summary>
    public bool EmbedImages { get; init; }

    /// <summary>Page title.</summary>
    public string Title { get; init; } = "EnergyCoSim run report";

    /// <summary>Also render the four less-used distribution kinds (box, histogram, KDE, CDF) besides the violin.</summary>
    public bool AllDistributionKinds { get; init; } = true;
}
