using EnergyCoSim.Core.Validation;

namespace EnergyCoSim.Market.Reputation;

/// <summary>Weights of the three reputation components (spec §5.1); each in [0, 1], summing to 1 (±1e-9).</summary>
public sealed class ReputationWeights
{
    /// <summary>Tolerance on the sum: decimal weights such as 0.1 + 0.2 + 0.7 do not add to exactly 1 in binary.</summary>
    public const double SumTolerance = 1e-9;

    /// <summary>Creates and validates the weights; all problems are reported together.</summary>
    public ReputationWeights(double reliability = 0.3, double fairness = 0.2, double grid = 0.5)
    {
        var root = new ViolationCollector();
        var c = root.Scope("reputation");
        var ok = c.InRange("reliability_weight", reliability, 0, 1);
        ok &= c.InRange("fairness_weight", fairness, 0, 1);
        ok &= c.InRange("grid_weight", grid, 0, 1);
        if (ok)
        {
            var sum = reliability + fairness + grid;
            c.Require(Math.Abs(sum - 1.0) <= SumTolerance, "weights", sum, "must sum to 1 (reliability + fairness + grid)");
        }

        root.ThrowIfAny("reputation weights");
        (Reliability, Fairness, Grid) = (reliability, fairness, grid);
    }

    /// <summary>MARLEM's defaults 0.3 / 0.2 / 0.5.</summary>
    public static ReputationWeights Default { get; } = new();

    /// <summary>Weight of reliability (filled vs unmatched orders).</summary>
    public double Reliability { get; }

    /// <summary>Weight of price fairness relative to the clearing price.</summary>
    public double Fairness { get; }

    /// <summary>Weight of the grid-balance contribution.</summary>
    public double Grid { get; }
}
