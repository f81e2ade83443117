using System.Text.Json;
using EnergyCoSim.Grid.Network;

namespace EnergyCoSim.Grid.IO;

/// <summary>Writes a <see cref="GridCase"/> in the project's JSON case format (impedances in p.u., powers in MW/MVAr).</summary>
public static class JsonCaseWriter
{
    /// <summary>The case as indented JSON text.</summary>
    public static string Write(GridCase grid)
    {
        var dto = new JsonCaseDto
        {
            Format = JsonCaseDto.FormatId,
            Name = grid.Name,
            Source = grid.Source,
            BaseMva = grid.BaseMva,
            Buses = grid.Buses.Select(b => new JsonCaseDto.BusDto
            {
                Id = b.Id,
                Type = b.Type == BusType.Slack ? "slack" : b.Type == BusType.PV ? "pv" : "pq",
                BaseKv = b.BaseKv,
                ShuntGMw = b.ShuntGMw == 0 ? null : b.ShuntGMw,
                ShuntBMvar = b.ShuntBMvar == 0 ? null : b.ShuntBMvar,
                VmPu = b.VmPu == 1 ? null : b.VmPu,
                VaDeg = b.VaDeg == 0 ? null : b.VaDeg,
                InService = b.InService ? null : false,
                Name = b.Name,
            }).ToList(),
            Branches = grid.Branches.Select(b => new JsonCaseDto.BranchDto
            {
                From = b.From,
                To = b.To,
                RPu = b.RPu,
                XPu = b.XPu,
                BPu = b.BPu == 0 ? null : b.BPu,
                RateMva = b.RateMva == 0 ? null : b.RateMva,
                Tap = b.Tap == 0 ? null : b.Tap,
                ShiftDeg = b.ShiftDeg == 0 ? null : b.ShiftDeg,
                InService = b.InService ? null : false,
                Name = b.Name,
            }).ToList(),
            Generators = grid.Generators.Select(g => new JsonCaseDto.GeneratorDto
            {
                Bus = g.Bus,
                PMw = g.PMw,
                QMvar = g.QMvar == 0 ? null : g.QMvar,
                VSetPu = g.VSetPu,
                InService = g.InService ? null : false,
                QMaxMvar = g.QMaxMvar,
                QMinMvar = g.QMinMvar,
            }).ToList(),
            Loads = grid.Loads.Select(l => new JsonCaseDto.LoadDto
            {
                Bus = l.Bus,
                PMw = l.PMw,
                QMvar = l.QMvar,
                ImpedanceFraction = l.ImpedanceFraction == 0 ? null : l.ImpedanceFraction,
                CurrentFraction = l.CurrentFraction == 0 ? null : l.CurrentFraction,
                InService = l.InService ? null : false,
            }).ToList(),
            Switches = grid.Switches.Count == 0 ? null : grid.Switches.Select(s => new JsonCaseDto.SwitchDto { BusA = s.BusA, BusB = s.BusB, Closed = s.Closed, Name = s.Name }).ToList(),
        };
        return JsonSerializer.Serialize(dto, JsonCaseDto.Options);
    }
}
