using System.Globalization;
using EnergyCoSim.Grid.Network;

namespace EnergyCoSim.Grid.Feeders;

/// <summary>
/// Synthetic but realistic low-voltage residential system for scale: an 11 kV ring-less MV spine feeding
/// <c>substations</c> 400 kVA 11/0.4 kV transformers, each with three 0.4 kV NAYY 4x150 cable feeders of
/// <c>housesPerFeeder</c> 30 m sections and one house per section. Parameters are documented in Feeders/Data/README.md.
/// </summary>
internal static class LvResidentialFeederBuilder
{
    // Cable data per km (ohm): NAYY 4x150 SE (LV mains), NA2XS2Y 1x185 (MV), typical catalogue values.
    private const double LvROhmPerKm = 0.208, LvXOhmPerKm = 0.080, SectionKm = 0.030;
    private const double MvROhmPerKm = 0.161, MvXOhmPerKm = 0.117, MvSectionKm = 0.300;

    public static GridCase Build(int substations = 22, int feedersPerSubstation = 3, int housesPerFeeder = 18)
    {
        const double baseMva = 1.0;
        var buses = new List<Bus> { new(1, BusType.Slack, 11, VmPu: 1.02, Name: "MV source") };
        var branches = new List<Branch>();
        var loads = new List<Load>();
        double zMv = 11.0 * 11.0 / baseMva, zLv = 0.4 * 0.4 / baseMva;
        var next = 2;
        var previousMv = 1;
        var house = 0;
        for (var s = 0; s < substations; s++)
        {
            var mv = next++;
            buses.Add(new Bus(mv, BusType.PQ, 11, Name: $"MV {s + 1}"));
            branches.Add(new Branch(previousMv, mv, MvROhmPerKm * MvSectionKm / zMv, MvXOhmPerKm * MvSectionKm / zMv, RateMva: 8));
            previousMv = mv;
            var lvBus = next++;
            buses.Add(new Bus(lvBus, BusType.PQ, 0.4, Name: $"LV busbar {s + 1}"));

            // 400 kVA, uk 4 %, ur 1.2 % on its rating, referred to the 1 MVA system base.
            branches.Add(new Branch(mv, lvBus, 0.012 * baseMva / 0.4, Math.Sqrt((0.04 * 0.04) - (0.012 * 0.012)) * baseMva / 0.4, RateMva: 0.4,
                Name: string.Create(CultureInfo.InvariantCulture, $"transformer {s + 1} 400 kVA 11/0.4 kV")));
            for (var f = 0; f < feedersPerSubstation; f++)
            {
                var prev = lvBus;
                for (var h = 0; h < housesPerFeeder; h++)
                {
                    var b = next++;
                    buses.Add(new Bus(b, BusType.PQ, 0.4));
                    branches.Add(new Branch(prev, b, LvROhmPerKm * SectionKm / zLv, LvXOhmPerKm * SectionKm / zLv, RateMva: 0.19));
                    var kw = 1.0 + (0.25 * ((house * 37) % 9)); // deterministic diversity, 1..3 kW
                    loads.Add(new Load(b, kw / 1000, kw * 0.33 / 1000));
                    house++;
                    prev = b;
                }
            }
        }

        return new GridCase("lv-residential", baseMva, buses, branches, [new Generator(1, 0, VSetPu: 1.02)], loads,
            source: "Synthetic LV residential system built by EnergyCoSim from typical cable and transformer catalogue data (see Feeders/Data/README.md); not a measured network.");
    }
}
