namespace EnergyCoSim.Reporting.Tests;

public sealed class KdeTests
{
    [Fact]
    public void ScottBandwidth_KnownSample_MatchesScipy()
    {
        // scipy: gaussian_kde([1, 2, 3, 4, 10]).factor * std(ddof=1) = 5^(-1/5) * 3.5355...
        double[] x = [1, 2, 3, 4, 10];
        Assert.Equal(Math.Sqrt(12.5) * Math.Pow(5, -0.2), Kde.ScottBandwidth(x), 12);
    }

    [Fact]
    public void Density_IntegratesToOne()
    {
        double[] x = [1, 2, 3, 4, 10];
        var h = Kde.ScottBandwidth(x);
        var grid = Kde.Grid(x, h, 2000);
        var dens = Kde.Density(x, h, grid);
        var integral = dens.Sum() * (grid[1] - grid[0]);
        Assert.InRange(integral, 0.998, 1.0); // the grid stops at ±3 bandwidths
    }

    [Fact]
    public void Quantile_Median_InterpolatesLikeNumpy()
    {
        Assert.Equal(2.5, Kde.Quantile([4, 1, 3, 2], 0.5), 12);
        Assert.Equal(1.75, Kde.Quantile([4, 1, 3, 2], 0.25), 12);
    }
}
