using System.Globalization;
using System.Text.Json;
using EnergyCoSim.Composition;
using EnergyCoSim.Master;

namespace EnergyCoSim.Cli.Cosim;

/// <summary>Writes a coupled run's summary (console), per-interval records (CSV) and a failure report (JSON).</summary>
internal static class CosimOutputWriter
{
    public static void WriteSummary(TextWriter o, CoupledRun run, ExecutionReport report)
    {
        var r = run.Recorder.Records;
        o.WriteLine(FormattableString.Invariant($"intervals: {r.Count}, coupling iterations: {report.TotalIterations} (max {(r.Count > 0 ? r.Max(x => x.Iterations) : 0)} per interval), unconverged: {report.NonConvergedSteps}"));
        if (r.Count > 0)
        {
            o.WriteLine(FormattableString.Invariant($"voltage: {r.Min(x => x.VMinPu):F4} – {r.Max(x => x.VMaxPu):F4} pu, max loading {r.Max(x => x.MaxLoadingPct):F1} %"));
            o.WriteLine(FormattableString.Invariant($"violations left: {r.Sum(x => x.Violations)} in {r.Count(x => x.Violations > 0)} intervals, curtailed/shed: {r.Sum(x => x.CurtailedKwh):F2} kWh, losses: {r.Sum(x => x.LossesKw * run.Market.Environment.Scenario.MarketInterval.TotalHours):F2} kWh"));
        }

        if (report.Deadlines is { } d)
        {
            o.WriteLine(FormattableString.Invariant($"real time: {d.Steps} steps, {d.Misses} missed, lateness mean {d.LatenessMean.TotalMilliseconds:F2} ms max {d.LatenessMax.TotalMilliseconds:F2} ms, jitter p50 {d.JitterP50.TotalMilliseconds:F2} p95 {d.JitterP95.TotalMilliseconds:F2} p99 {d.JitterP99.TotalMilliseconds:F2} ms"));
        }

        if (report.Failure is { } f)
        {
            o.WriteLine($"FAILED: {f.Kind} in {f.Component} at t={f.Time.Ticks}: {f.Reason}");
        }
    }

    public static void WriteRecords(string path, IReadOnlyList<CouplingStepRecord> records)
    {
        using var w = new StreamWriter(path);
        w.WriteLine("step,iterations,converged,v_min_pu,v_max_pu,worst_bus,max_loading_pct,losses_kw,violations,curtailed_kwh,clearing_price_usd_per_mwh,p2p_volume_kwh");
        foreach (var r in records)
        {
            w.WriteLine(string.Join(',',
                r.Step.ToString(CultureInfo.InvariantCulture), r.Iterations.ToString(CultureInfo.InvariantCulture), r.Converged ? "true" : "false",
                R(r.VMinPu), R(r.VMaxPu), r.WorstBus.ToString(CultureInfo.InvariantCulture), R(r.MaxLoadingPct), R(r.LossesKw),
                r.Violations.ToString(CultureInfo.InvariantCulture), R(r.CurtailedKwh), R(r.ClearingPrice), R(r.P2PVolumeKwh)));
        }
    }

    public static void WriteFailure(string path, FailureReport failure) =>
        File.WriteAllText(path, JsonSerializer.Serialize(new
        {
            kind = failure.Kind.ToString(),
            component = failure.Component,
            time_ticks = failure.Time.Ticks,
            step_ticks = failure.StepSize.Ticks,
            reason = failure.Reason,
            messages = failure.Messages,
            waiting_on = failure.WaitingOn,
        }, new JsonSerializerOptions { WriteIndented = true }));

    /// <summary>Writes the grid page (grid_coupling.png) of the run's records.</summary>
    public static void WriteGridFigure(string dir, string scenario, CoupledRun run)
    {
        var r = run.Recorder.Records;
        var band = run.Recorder.Band;
        // Source (slack/PV) buses are left out: their voltage is held, so they would always look "at the limit".
        var buses = run.Feeder.Buses;
        var keep = Enumerable.Range(0, buses.Count).Where(i => buses[i].Type == Grid.Network.BusType.PQ).ToArray();
        var figure = Reporting.GridCouplingFigure.Render(
            scenario, keep.Select(i => buses[i].Id).ToArray(), r.Select(x => (IReadOnlyList<double>)keep.Select(i => x.VoltagesPu[i]).ToArray()).ToArray(), r.Select(x => x.LoadingsPct).ToArray(),
            r.Select(x => x.Iterations).ToArray(), r.Select(x => x.CurtailedKwh).ToArray(), band.Min, band.Max);
        File.WriteAllBytes(Path.Combine(dir, figure.Name + ".png"), figure.Png);
    }

    private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
