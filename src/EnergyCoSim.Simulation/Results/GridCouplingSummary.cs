namespace EnergyCoSim.Simulation.Results;

/// <summary>The figures of a coupled run's grid page: voltage extremes and where/when, violations, curtailment, losses, coupling effort.</summary>
public sealed record GridCouplingSummary
{
    /// <summary>Market intervals recorded.</summary>
    public int Intervals { get; init; }

    /// <summary>Highest bus voltage of the run, pu (NaN without records).</summary>
    public double MaxVoltagePu { get; init; } = double.NaN;

    /// <summary>Bus of <see cref="MaxVoltagePu"/> (first in case order on ties; −1 without records).</summary>
    public int MaxVoltageBus { get; init; } = -1;

    /// <summary>Interval of <see cref="MaxVoltagePu"/> (first on ties; −1 without records).</summary>
    public int MaxVoltageStep { get; init; } = -1;

    /// <summary>Lowest energised bus voltage of the run, pu (NaN without records).</summary>
    public double MinVoltagePu { get; init; } = double.NaN;

    /// <summary>Bus of <see cref="MinVoltagePu"/>.</summary>
    public int MinVoltageBus { get; init; } = -1;

    /// <summary>Interval of <see cref="MinVoltagePu"/>.</summary>
    public int MinVoltageStep { get; init; } = -1;

    /// <summary>Highest branch loading, % of rating (0 when no branch is rated).</summary>
    public double MaxLoadingPct { get; init; }

    /// <summary>Intervals that ended with at least one violation left.</summary>
    public int IntervalsWithViolations { get; init; }

    /// <summary>Violations left, summed over the intervals.</summary>
    public int Violations { get; init; }

    /// <summary>Generation curtailed and demand shed by the DSO's limits over the run, kWh.</summary>
    public double CurtailedKwh { get; init; }

    /// <summary>Network losses over the run: Σ losses kW × interval h, kWh.</summary>
    public double LossesKwh { get; init; }

    /// <summary>Most market clearings at one interval.</summary>
    public int MaxIterations { get; init; }

    /// <summary>Intervals with more than one clearing (the DSO tightened a limit and the market re-cleared).</summary>
    public int IntervalsReCleared { get; init; }

    /// <summary>Intervals that hit the iteration cap before the DSO's limits settled.</summary>
    public int UnconvergedIntervals { get; init; }

    /// <summary>Computes the summary of <paramref name="result"/>'s records (voltages ≤ 0, de-energised buses, are skipped).</summary>
    public static GridCouplingSummary Of(GridCouplingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var steps = result.Steps;
        if (steps.Count == 0)
        {
            return new GridCouplingSummary();
        }

        (double V, int Bus, int Step) max = (double.NegativeInfinity, -1, -1), min = (double.PositiveInfinity, -1, -1);
        foreach (var s in steps)
        {
            for (var b = 0; b < s.VoltagesPu.Count; b++)
            {
                var v = s.VoltagesPu[b];
                if (v <= 0)
                {
                    continue;
                }

                max = v > max.V ? (v, result.BusIds[b], s.Step) : max;
                min = v < min.V ? (v, result.BusIds[b], s.Step) : min;
            }
        }

        var energised = max.Bus >= 0;
        return new GridCouplingSummary
        {
            Intervals = steps.Count,
            MaxVoltagePu = energised ? max.V : double.NaN,
            MaxVoltageBus = max.Bus,
            MaxVoltageStep = max.Step,
            MinVoltagePu = energised ? min.V : double.NaN,
            MinVoltageBus = min.Bus,
            MinVoltageStep = min.Step,
            MaxLoadingPct = steps.Max(s => s.MaxLoadingPct),
            IntervalsWithViolations = steps.Count(s => s.Violations > 0),
            Violations = steps.Sum(s => s.Violations),
            CurtailedKwh = steps.Sum(s => s.CurtailedKwh),
            LossesKwh = steps.Sum(s => s.LossesKw * result.IntervalHours),
            MaxIterations = steps.Max(s => s.Iterations),
            IntervalsReCleared = steps.Count(s => s.Iterations > 1),
            UnconvergedIntervals = steps.Count(s => !s.Converged),
        };
    }
}
