namespace EnergyCoSim.Grid.Topology;

/// <summary>Edge lists, positions and zones of the two IEEE feeders (spec §2.3); lengths are the edge weights in km.</summary>
internal static class FeederCatalog
{
    /// <summary>
    /// Weight of the IEEE 34 in-line transformer 832–888. The IEEE data give it no line length; 0.1 keeps it a short
    /// electrical hop (shorter than all but the shortest line sections) so {888, 890} joins the feeder without
    /// dominating the inverse-length capacity shares (its share is 10/Σ, about 8 %).
    /// </summary>
    public const double Ieee34TransformerWeightKm = 0.1;

    public static TopologyGraph Ieee34()
    {
        (string, string, double)[] edges =
        [
            ("800", "802", 0.486), ("802", "806", 0.527), ("806", "808", 0.932), ("808", "810", 0.256),
            ("808", "812", 0.732), ("812", "814", 0.853), ("814", "850", 0.126), ("816", "818", 0.524),
            ("816", "824", 3.112), ("818", "820", 0.782), ("820", "822", 0.591), ("824", "826", 0.923),
            ("824", "828", 0.256), ("828", "830", 1.089), ("830", "854", 0.519), ("832", "858", 1.528),
            ("834", "860", 0.802), ("834", "842", 0.625), ("836", "840", 0.359), ("836", "862", 0.261),
            ("842", "844", 0.879), ("844", "846", 0.413), ("846", "848", 0.165), ("850", "816", 0.958),
            ("852", "832", 0.21), ("854", "856", 0.157), ("854", "852", 0.621), ("858", "864", 0.496),
            ("858", "834", 1.774), ("860", "836", 0.268), ("862", "838", 0.223), ("888", "890", 1.584),
            ("832", "888", Ieee34TransformerWeightKm),
        ];
        (string, double, double)[] nodes =
        [
            ("800", 0, 0), ("802", 1, 0), ("806", 2, 0), ("808", 3, 0), ("810", 3, -1), ("812", 4, 0), ("814", 5, 0),
            ("850", 6, 0), ("816", 7, 0), ("824", 8, 0), ("828", 9, 0), ("830", 10, 0), ("854", 11, 0), ("852", 12, 0),
            ("832", 13, 0), ("818", 7, 1), ("820", 7, 2), ("822", 7, 3), ("826", 8, -1), ("856", 11, -1), ("858", 13, 1),
            ("834", 13, 2), ("842", 13, 3), ("844", 14, 3), ("846", 15, 3), ("848", 16, 3), ("860", 14, 2), ("864", 14, 1),
            ("836", 13, -1), ("840", 14, -1), ("862", 13, -2), ("838", 14, -2), ("888", 14, 0.5), ("890", 15, 0.5),
        ];
        var zones = new Dictionary<string, string>(StringComparer.Ordinal);
        AddZone(zones, "substation", "800", "802", "806", "808", "810", "812", "814", "850");
        AddZone(zones, "feeder1", "816", "818", "820", "822", "824", "826", "828", "830");
        AddZone(zones, "feeder2", "854", "856", "852", "832");
        AddZone(zones, "lateral1", "858", "834", "842", "844", "846", "848", "860", "836", "840");
        AddZone(zones, "lateral2", "864", "862", "838");
        AddZone(zones, "transformer", "888", "890");
        return TopologyGraph.FromNamedEdges(nodes, edges, zones);
    }

    public static TopologyGraph Ieee13()
    {
        (string, string, double)[] edges =
        [
            ("650", "632", 0.09492), ("632", "645", 0.07806), ("645", "646", 0.28134), ("632", "633", 0.18174),
            ("633", "634", 0.23988), ("634", "652", 0.00948), ("634", "671", 0.07410), ("671", "684", 0.06480),
            ("684", "652", 0.11640), ("671", "680", 0.40410), ("680", "692", 0.04230), ("692", "675", 0.51870),
            ("675", "611", 0.09300), ("692", "699", 0.08640),
        ];
        (string, double, double)[] nodes =
        [
            ("650", 0, 0), ("632", 2, 0), ("645", 3, 1), ("646", 4, 1), ("633", 3, -1), ("634", 4, -1), ("671", 5, 0),
            ("684", 6, 1), ("652", 7, 1), ("680", 6, -1), ("692", 7, 0), ("675", 8, 0), ("611", 8, -1), ("699", 7, -2),
        ];
        var zones = new Dictionary<string, string>(StringComparer.Ordinal);
        AddZone(zones, "substation", "650", "632");
        AddZone(zones, "feeder1", "645", "646");
        AddZone(zones, "feeder2", "633", "634");
        AddZone(zones, "feeder3", "671", "684", "652");
        AddZone(zones, "feeder4", "680", "692", "675", "611", "699");
        return TopologyGraph.FromNamedEdges(nodes, edges, zones);
    }

    private static void AddZone(Dictionary<string, string> zones, string zone, params string[] nodes)
    {
        foreach (var node in nodes)
        {
            zones[node] = zone;
        }
    }
}
