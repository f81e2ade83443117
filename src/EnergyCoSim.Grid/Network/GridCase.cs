using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Validation;

namespace EnergyCoSim.Grid.Network;

/// <summary>
/// A balanced (positive-sequence) network on a stated per-unit base: buses, branches, generators, loads and switches.
/// Validated at construction; all problems are reported at once.
/// </summary>
public sealed record GridCase
{
    /// <summary>Creates and validates a case; throws <see cref="ValidationException"/> listing every problem.</summary>
    public GridCase(
        string name,
        double baseMva,
        IReadOnlyList<Bus> buses,
        IReadOnlyList<Branch> branches,
        IReadOnlyList<Generator> generators,
        IReadOnlyList<Load> loads,
        IReadOnlyList<BusSwitch>? switches = null,
        string? source = null)
    {
        Name = name;
        BaseMva = baseMva;
        Buses = buses;
        Branches = branches;
        Generators = generators;
        Loads = loads;
        Switches = switches ?? [];
        Source = source;
        Validate();
    }

    /// <summary>Case name.</summary>
    public string Name { get; init; }

    /// <summary>System power base, MVA.</summary>
    public double BaseMva { get; init; }

    /// <summary>Buses.</summary>
    public IReadOnlyList<Bus> Buses { get; init; }

    /// <summary>Lines and transformers.</summary>
    public IReadOnlyList<Branch> Branches { get; init; }

    /// <summary>Generators and static generators.</summary>
    public IReadOnlyList<Generator> Generators { get; init; }

    /// <summary>Loads.</summary>
    public IReadOnlyList<Load> Loads { get; init; }

    /// <summary>Bus–bus switches.</summary>
    public IReadOnlyList<BusSwitch> Switches { get; init; }

    /// <summary>Provenance (publication or data set the case was transcribed from).</summary>
    public string? Source { get; init; }

    /// <summary>Ids of in-service buses that carry an in-service load: where market agents can be placed.</summary>
    public IReadOnlyList<int> LoadBusIds =>
        Loads.Where(l => l.InService).Select(l => l.Bus).Distinct().Order().ToArray();

    /// <summary>Returns a copy with every load's P and Q multiplied by <paramref name="factor"/>.</summary>
    public GridCase WithLoadsScaled(double factor) =>
        new(Name, BaseMva, Buses, Branches, Generators,
            Loads.Select(l => l with { PMw = l.PMw * factor, QMvar = l.QMvar * factor }).ToArray(), Switches, Source);

    private void Validate()
    {
        var v = new ViolationCollector();
        v.NotEmpty("name", Name);
        v.GreaterThan("baseMva", BaseMva, 0);
        v.Require(Buses.Count > 0, "buses", Buses.Count, "must contain at least one bus");
        var ids = new HashSet<int>();
        for (var i = 0; i < Buses.Count; i++)
        {
            var b = Buses[i];
            var s = v.Scope("buses", i);
            s.Require(ids.Add(b.Id), "id", b.Id, "is a duplicate bus id");
            s.Require(Enum.IsDefined(b.Type), "type", b.Type, "is not a bus type");
            s.GreaterThan("baseKv", b.BaseKv, 0);
            s.Finite("shuntGMw", b.ShuntGMw);
            s.Finite("shuntBMvar", b.ShuntBMvar);
            s.InRange("vmPu", b.VmPu, 0.5, 2.0);
            s.Finite("vaDeg", b.VaDeg);
        }

        v.Require(Buses.Any(b => b.Type == BusType.Slack && b.InService), "buses", null, "need at least one in-service slack bus");
        for (var i = 0; i < Branches.Count; i++)
        {
            var br = Branches[i];
            var s = v.Scope("branches", i);
            s.Require(ids.Contains(br.From), "from", br.From, "is not a bus id");
            s.Require(ids.Contains(br.To), "to", br.To, "is not a bus id");
            s.Require(br.From != br.To, "to", br.To, "equals the from bus");
            s.Finite("rPu", br.RPu);
            s.Finite("xPu", br.XPu);
            s.Finite("bPu", br.BPu);
            s.AtLeast("rateMva", br.RateMva, 0);
            s.AtLeast("tap", br.Tap, 0);
            s.Finite("shiftDeg", br.ShiftDeg);
        }

        for (var i = 0; i < Generators.Count; i++)
        {
            var g = Generators[i];
            var s = v.Scope("generators", i);
            s.Require(ids.Contains(g.Bus), "bus", g.Bus, "is not a bus id");
            s.Finite("pMw", g.PMw);
            s.Finite("qMvar", g.QMvar);
            s.InRange("vSetPu", g.VSetPu, 0.5, 2.0);
        }

        for (var i = 0; i < Loads.Count; i++)
        {
            var l = Loads[i];
            var s = v.Scope("loads", i);
            s.Require(ids.Contains(l.Bus), "bus", l.Bus, "is not a bus id");
            s.Finite("pMw", l.PMw);
            s.Finite("qMvar", l.QMvar);
            s.InRange("impedanceFraction", l.ImpedanceFraction, 0, 1);
            s.InRange("currentFraction", l.CurrentFraction, 0, 1 - l.ImpedanceFraction);
        }

        for (var i = 0; i < Switches.Count; i++)
        {
            var sw = Switches[i];
            var s = v.Scope("switches", i);
            s.Require(ids.Contains(sw.BusA), "busA", sw.BusA, "is not a bus id");
            s.Require(ids.Contains(sw.BusB), "busB", sw.BusB, "is not a bus id");
        }

        v.ThrowIfAny($"grid case '{Name}'");
    }
}
