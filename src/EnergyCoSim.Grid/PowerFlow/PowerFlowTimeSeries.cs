namespace EnergyCoSim.Grid.PowerFlow;

/// <summary>
/// Solves a sequence of snapshots on one <see cref="GridModel"/>: each step is prepared by a callback (load scale,
/// per-bus injections) and solved warm from the previous step with the same symbolic factorisation.
/// </summary>
public static class PowerFlowTimeSeries
{
    /// <summary>Runs <paramref name="steps"/> steps; <paramref name="prepare"/> sets step t's injections on the model.</summary>
    public static TimeSeriesStep[] Run(GridModel model, int steps, Action<int, GridModel> prepare, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        var result = new TimeSeriesStep[steps];
        for (var t = 0; t < steps; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            prepare(t, model);
            var outcome = model.Solve(cancellationToken);
            var (lo, hi) = model.VoltageRangePu();
            result[t] = new TimeSeriesStep(outcome.Status, outcome.Iterations, model.Losses().PKw, lo, hi);
        }

        return result;
    }

    /// <summary>Runs one step per entry of <paramref name="loadScale"/>, multiplying every case load by it.</summary>
    public static TimeSeriesStep[] RunLoadScaled(GridModel model, IReadOnlyList<double> loadScale, CancellationToken cancellationToken = default) =>
        Run(model, loadScale.Count, (t, m) => m.SetLoadScale(loadScale[t]), cancellationToken);
}
