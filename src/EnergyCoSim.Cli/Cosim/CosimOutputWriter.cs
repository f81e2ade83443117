using System.Globalization;
using System.Text.Json;
using EnergyCoSim.Composition;
using EnergyCoSim.Master;

namespace EnergyCoSim.Cli.Cosim;

/// <summary>Writes a coupled run's summary (console) and a failure report (JSON); the records go to the run directory (<see cref="CosimRunResults"/>).</summary>
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
}
