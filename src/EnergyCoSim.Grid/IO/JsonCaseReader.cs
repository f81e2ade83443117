using System.Text.Json;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Validation;
using EnergyCoSim.Grid.Network;

namespace EnergyCoSim.Grid.IO;

/// <summary>
/// Reads the project's JSON case format (<c>energycosim-case/1</c>, see docs/case-format.md). Branch impedances may
/// be given in p.u. (rPu, xPu, bPu) or in ohms/µS (rOhm, xOhm, bMicroSiemens, converted on the from-bus kV and
/// the case MVA base); loads in MW/MVAr or kW/kvar.
/// </summary>
public static class JsonCaseReader
{
    /// <summary>Reads a case file; throws <see cref="ValidationException"/> listing every problem.</summary>
    public static GridCase ReadFile(string path) => Read(File.ReadAllText(path), path);

    /// <summary>Parses JSON text; <paramref name="subject"/> names it in error messages.</summary>
    public static GridCase Read(string json, string subject = "case")
    {
        JsonCaseDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<JsonCaseDto>(json, JsonCaseDto.Options);
        }
        catch (JsonException ex)
        {
            throw new ValidationException(ex.Path ?? "$", null, $"is not valid case JSON: {ex.Message}");
        }

        var v = new ViolationCollector();
        if (dto is null)
        {
            throw new ValidationException("$", null, "is empty");
        }

        v.Require(dto.Format == JsonCaseDto.FormatId, "format", dto.Format, $"must be '{JsonCaseDto.FormatId}'");
        v.Require(dto.BaseMva is not null, "baseMva", null, "is required");
        v.Require(dto.Buses is { Count: > 0 }, "buses", null, "are required");
        v.ThrowIfAny(subject);

        var baseMva = dto.BaseMva!.Value;
        var buses = new List<Bus>();
        for (var i = 0; i < dto.Buses!.Count; i++)
        {
            var b = dto.Buses[i];
            var s = v.Scope("buses", i);
            s.Require(b.Id is not null, "id", null, "is required");
            var type = b.Type?.ToUpperInvariant() switch
            {
                "SLACK" or "REF" => BusType.Slack,
                "PV" => BusType.PV,
                "PQ" or null => BusType.PQ,
                _ => (BusType)0,
            };
            s.Require(type != 0, "type", b.Type, "must be slack, pv or pq");
            s.Require(b.BaseKv is not null, "baseKv", null, "is required");
            buses.Add(new Bus(b.Id ?? 0, type == 0 ? BusType.PQ : type, b.BaseKv ?? 1, b.ShuntGMw ?? 0, b.ShuntBMvar ?? 0,
                b.VmPu ?? 1, b.VaDeg ?? 0, b.InService ?? true, b.Name));
        }

        var kv = buses.GroupBy(b => b.Id).ToDictionary(g => g.Key, g => g.First().BaseKv);
        var branches = new List<Branch>();
        var list = dto.Branches ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var b = list[i];
            var s = v.Scope("branches", i);
            s.Require(b.From is not null && b.To is not null, "from", null, "from and to are required");
            var zBase = kv.TryGetValue(b.From ?? 0, out var k) ? k * k / baseMva : 1;
            var ohm = b.ROhm is not null || b.XOhm is not null || b.BMicroSiemens is not null;
            var pu = b.RPu is not null || b.XPu is not null || b.BPu is not null;
            s.Require(!(ohm && pu), "rPu", null, "give impedances either in p.u. or in ohms, not both");
            var r = ohm ? (b.ROhm ?? 0) / zBase : b.RPu ?? 0;
            var x = ohm ? (b.XOhm ?? 0) / zBase : b.XPu ?? 0;
            var bc = ohm ? (b.BMicroSiemens ?? 0) * 1e-6 * zBase : b.BPu ?? 0;
            branches.Add(new Branch(b.From ?? 0, b.To ?? 0, r, x, bc, b.RateMva ?? 0, b.Tap ?? 0, b.ShiftDeg ?? 0, b.InService ?? true, b.Name));
        }

        var gens = (dto.Generators ?? []).Select((g, i) =>
        {
            v.Scope("generators", i).Require(g.Bus is not null, "bus", null, "is required");
            return new Generator(g.Bus ?? 0, g.PMw ?? 0, g.QMvar ?? 0, g.VSetPu ?? 1, g.InService ?? true, g.QMaxMvar, g.QMinMvar);
        }).ToList();

        var loads = (dto.Loads ?? []).Select((l, i) =>
        {
            var s = v.Scope("loads", i);
            s.Require(l.Bus is not null, "bus", null, "is required");
            s.Require(!(l.PKw is not null && l.PMw is not null) && !(l.QKvar is not null && l.QMvar is not null), "pMw", null, "give power either in MW/MVAr or in kW/kvar, not both");
            return new Load(l.Bus ?? 0, l.PMw ?? ((l.PKw ?? 0) / 1000), l.QMvar ?? ((l.QKvar ?? 0) / 1000), l.InService ?? true,
                l.ImpedanceFraction ?? 0, l.CurrentFraction ?? 0);
        }).ToList();

        var switches = (dto.Switches ?? []).Select((w, i) =>
        {
            v.Scope("switches", i).Require(w.BusA is not null && w.BusB is not null, "busA", null, "busA and busB are required");
            return new BusSwitch(w.BusA ?? 0, w.BusB ?? 0, w.Closed ?? true, w.Name);
        }).ToList();

        v.ThrowIfAny(subject);
        return new GridCase(dto.Name ?? "case", baseMva, buses, branches, gens, loads, switches, dto.Source);
    }
}
