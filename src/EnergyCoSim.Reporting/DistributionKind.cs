namespace EnergyCoSim.Reporting;

/// <summary>How <see cref="DistributionFigure"/> draws the clearing-price and volume distributions (spec §10 plot types).</summary>
public enum DistributionKind
{
    /// <summary>Mirrored KDE with mean and median lines.</summary>
    Violin,

    /// <summary>Box and whiskers (1.5 IQR) with outliers.</summary>
    Box,

    /// <summary>Histogram with the KDE scaled to counts.</summary>
    Histogram,

    /// <summary>Gaussian KDE with mean and median lines.</summary>
    Kde,

    /// <summary>Empirical CDF with 25/50/75/90/95th percentile lines.</summary>
    Cdf,
}
