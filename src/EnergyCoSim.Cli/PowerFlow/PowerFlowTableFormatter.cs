using System.Globalization;
using EnergyCoSim.Grid.PowerFlow;

namespace EnergyCoSim.Cli.PowerFlow;

/// <summary>Plain-text report of a power flow: status line, bus table, voltage extremes, losses and diagnostics.</summary>
internal static class PowerFlowTableFormatter
{
    public static void Write(PowerFlowResult r, TextWriter w)
    {
        var inv = CultureInfo.InvariantCulture;
        w.WriteLine(string.Create(inv,
            $"{r.CaseName}: {r.Algorithm} {r.Status} in {r.Iterations} iterations, mismatch {r.MismatchNorm:E2} p.u. (tolerance {r.Tolerance:E0}, {PowerFlowResult.MismatchNormName}), start {r.InitialPointUsed}"));
        if (r.Status is PowerFlowStatus.NotApplicable or PowerFlowStatus.InvalidNetwork)
        {
            WriteDiagnostics(r, w);
            return;
        }

        w.WriteLine();
        w.WriteLine(string.Create(inv, $"{"bus",8} {"|V| p.u.",10} {"angle deg",10} {"|V| kV",10} {"P MW",12} {"Q MVAr",12}"));
        foreach (var b in r.Buses)
        {
            w.WriteLine(b.Energised
                ? string.Create(inv, $"{b.BusId,8} {b.VmPu,10:F5} {b.VaDeg,10:F4} {b.VmKv,10:F4} {b.PMw,12:F6} {b.QMvar,12:F6}")
                : string.Create(inv, $"{b.BusId,8} {"de-energised",10}"));
        }

        w.WriteLine();
        w.WriteLine(string.Create(inv, $"min |V| {r.MinVmPu:F5} p.u. at bus {r.MinVmBusId}; max |V| {r.MaxVmPu:F5} p.u. at bus {r.MaxVmBusId}"));
        w.WriteLine(string.Create(inv, $"losses {r.TotalLossMw * 1000:F3} kW, {r.TotalLossMvar * 1000:F3} kvar; slack {r.SlackPMw:F6} MW, {r.SlackQMvar:F6} MVAr"));
        var loaded = r.Branches.Where(b => b.LoadingPercent is not null).ToList();
        if (loaded.Count > 0)
        {
            var max = loaded.MaxBy(b => b.LoadingPercent)!;
            w.WriteLine(string.Create(inv, $"max branch loading {max.LoadingPercent:F1} % on branch {max.Index} ({max.From}-{max.To})"));
        }

        WriteDiagnostics(r, w);
    }

    private static void WriteDiagnostics(PowerFlowResult r, TextWriter w)
    {
        foreach (var d in r.Diagnostics)
        {
            w.WriteLine($"{d.Severity.ToString().ToLowerInvariant()}: {d.Code}: {d.Message}");
        }
    }
}
