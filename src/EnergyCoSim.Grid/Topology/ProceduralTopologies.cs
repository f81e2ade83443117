using System.Globalization;
using EnergyCoSim.Core.Random;

namespace EnergyCoSim.Grid.Topology;

/// <summary>MESH, RING and LINE graphs of spec §2.4: node ids "0".."n−1", edge weights 0.5 + U(0, 1) drawn in creation order.</summary>
internal static class ProceduralTopologies
{
    public static TopologyGraph Build(GridTopologyKind kind, int n, RandomStream weights)
    {
        var ids = new string[n];
        for (var i = 0; i < n; i++)
        {
            ids[i] = i.ToString(CultureInfo.InvariantCulture);
        }

        var x = new double[n];
        var y = new double[n];
        var zones = new string[n];
        var from = new List<int>();
        var to = new List<int>();
        switch (kind)
        {
            case GridTopologyKind.Mesh:
                for (var i = 0; i < n; i++)
                {
                    for (var j = i + 1; j < n; j++)
                    {
                        from.Add(i);
                        to.Add(j);
                    }
                }

                CirclePositions(x, y);
                QuarterZones(zones);
                break;
            case GridTopologyKind.Ring:
                // n = 2 would create the edge (0, 1) twice; a ring of two nodes has one edge.
                var ringEdges = n == 2 ? 1 : n;
                for (var i = 0; i < ringEdges; i++)
                {
                    from.Add(i);
                    to.Add((i + 1) % n);
                }

                CirclePositions(x, y);
                SegmentZones(zones);
                break;
            case GridTopologyKind.Line:
                for (var i = 0; i < n - 1; i++)
                {
                    from.Add(i);
                    to.Add(i + 1);
                    x[i + 1] = i + 1;
                }

                SegmentZones(zones);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a procedural topology");
        }

        var weight = new double[from.Count];
        for (var e = 0; e < weight.Length; e++)
        {
            weight[e] = 0.5 + weights.NextDouble();
        }

        return new TopologyGraph(ids, x, y, zones, from.ToArray(), to.ToArray(), weight);
    }

    private static void CirclePositions(double[] x, double[] y)
    {
        var n = x.Length;
        for (var i = 0; i < n; i++)
        {
            var angle = 2 * Math.PI * i / n;
            x[i] = 5 + (3 * Math.Cos(angle));
            y[i] = 5 + (3 * Math.Sin(angle));
        }
    }

    private static void QuarterZones(string[] zones)
    {
        var n = (double)zones.Length;
        for (var i = 0; i < zones.Length; i++)
        {
            zones[i] = i < n / 4 ? "zone1" : i < n / 2 ? "zone2" : i < 3 * n / 4 ? "zone3" : "zone4";
        }
    }

    private static void SegmentZones(string[] zones)
    {
        var s = Math.Max(1, zones.Length / 4);
        for (var i = 0; i < zones.Length; i++)
        {
            // Nodes past the fourth segment join segment4 (spec §2.4).
            var segment = Math.Min(i / s, 3) + 1;
            zones[i] = "segment" + segment.ToString(CultureInfo.InvariantCulture);
        }
    }
}
