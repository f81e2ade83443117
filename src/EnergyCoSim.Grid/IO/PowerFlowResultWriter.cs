using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using EnergyCoSim.Grid.PowerFlow;

namespace EnergyCoSim.Grid.IO;

/// <summary>Writes power-flow results as JSON (the whole result object) or CSV (bus and branch tables).</summary>
public static class PowerFlowResultWriter
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The result as indented JSON (enums as camelCase strings, units as in the property names).</summary>
    public static string ToJson(PowerFlowResult result) => JsonSerializer.Serialize(result, JsonOptions);

    /// <summary>Writes one CSV row per bus: id, |V| p.u., angle deg, |V| kV, P MW, Q MVAr, energised.</summary>
    public static void WriteBusCsv(PowerFlowResult result, TextWriter writer)
    {
        writer.WriteLine("bus,vm_pu,va_deg,vm_kv,p_mw,q_mvar,energised");
        foreach (var b in result.Buses)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{b.BusId},{b.VmPu:R},{b.VaDeg:R},{b.VmKv:R},{b.PMw:R},{b.QMvar:R},{(b.Energised ? 1 : 0)}"));
        }
    }

    /// <summary>Writes one CSV row per branch: ends, flows at both ends (MW/MVAr), losses, loading %, in service.</summary>
    public static void WriteBranchCsv(PowerFlowResult result, TextWriter writer)
    {
        writer.WriteLine("index,from,to,p_from_mw,q_from_mvar,p_to_mw,q_to_mvar,loss_mw,loss_mvar,loading_percent,in_service");
        foreach (var b in result.Branches)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{b.Index},{b.From},{b.To},{b.PFromMw:R},{b.QFromMvar:R},{b.PToMw:R},{b.QToMvar:R},{b.LossMw:R},{b.LossMvar:R},{b.LoadingPercent?.ToString("R", CultureInfo.InvariantCulture) ?? ""},{(b.InService ? 1 : 0)}"));
        }
    }
}
