using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Network;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Core.Units;
using EnergyCoSim.Core.Validation;

namespace EnergyCoSim.Grid.Topology;

/// <summary>
/// The market's view of the grid graph (spec §2.5): weighted shortest-path distances (cached), inverse-length edge
/// capacities in kW, seeded initial flows, congestion, trade flow loading and agent placement. Not thread-safe.
/// </summary>
public sealed class GridNetworkTopology : INetworkTopology
{
    /// <summary>Largest MESH size: a complete graph on n nodes has n(n−1)/2 edges.</summary>
    public const int MaxMeshNodes = 2000;

    /// <summary>Largest RING/LINE size.</summary>
    public const int MaxChainNodes = 1_000_000;

    private readonly TopologyGraph _graph;
    private readonly IShortestPaths _paths;
    private readonly double[] _capacityKW;
    private readonly double[] _flowKW;
    private readonly List<int> _pathBuffer = [];
    private readonly Dictionary<string, NodeLocation> _agentLocations = new(StringComparer.Ordinal);
    private double _congestionSum;
    private int _pathFrom = -1;
    private int _pathTo = -1;
    private bool _pathExists;
    private string? _lastNodeId;
    private int _lastNodeIndex;

    /// <summary>Builds the network and draws its initial flows from <paramref name="seed"/>.</summary>
    /// <param name="kind">Topology.</param>
    /// <param name="numNodes">Node count of MESH/RING/LINE (≥ 2); ignored for the IEEE feeders.</param>
    /// <param name="capacityKW">Total transfer capacity in kW, shared over edges in inverse proportion to length (≥ 0).</param>
    /// <param name="seed">Seed of the procedural edge weights and the initial flows.</param>
    /// <param name="lossFactor">Share of the carried energy lost per km, in [0, 1] (MARLEM: 0.03).</param>
    public GridNetworkTopology(GridTopologyKind kind, int numNodes = 5, double capacityKW = 1e6, ulong seed = 0, double lossFactor = 0.03)
    {
        var check = new ViolationCollector();
        if (check.Require(Enum.IsDefined(kind), "topology", kind, "must be one of IEEE34, IEEE13, MESH, RING, LINE")
            && kind is GridTopologyKind.Mesh or GridTopologyKind.Ring or GridTopologyKind.Line)
        {
            var max = kind == GridTopologyKind.Mesh ? MaxMeshNodes : MaxChainNodes;
            check.InRange("num_nodes", numNodes, 2, max);
        }

        check.AtLeast("capacity_kw", capacityKW, 0);
        check.InRange("loss_factor", lossFactor, 0, 1);
        check.ThrowIfAny("grid network");

        Kind = kind;
        CapacityKW = capacityKW;
        LossFactor = lossFactor;
        _graph = kind switch
        {
            GridTopologyKind.Ieee34 => FeederCatalog.Ieee34(),
            GridTopologyKind.Ieee13 => FeederCatalog.Ieee13(),
            _ => ProceduralTopologies.Build(kind, numNodes, new RandomStreams(seed).For("grid.edge-weights")),
        };
        (_paths, _capacityKW, _flowKW) = Initialise(_graph, capacityKW);

        // Rings and lines have closed-form paths: no search, no cached rows, O(1) distances at any size.
        if (kind is GridTopologyKind.Ring or GridTopologyKind.Line)
        {
            _paths = new ChainPaths(_graph, ring: kind == GridTopologyKind.Ring);
        }
        Reset(seed);
    }

    /// <summary>Wraps an already built graph (tests of graphs no public topology produces, e.g. disconnected ones).</summary>
    internal GridNetworkTopology(TopologyGraph graph, GridTopologyKind kind, double capacityKW, ulong seed, double lossFactor)
    {
        Kind = kind;
        CapacityKW = capacityKW;
        LossFactor = lossFactor;
        _graph = graph;
        (_paths, _capacityKW, _flowKW) = Initialise(graph, capacityKW);
        Reset(seed);
    }

    /// <summary>The topology.</summary>
    public GridTopologyKind Kind { get; }

    /// <inheritdoc />
    public int NodeCount => _graph.NodeCount;

    /// <summary>Number of edges.</summary>
    public int EdgeCount => _graph.EdgeCount;

    /// <inheritdoc />
    public double CapacityKW { get; }

    /// <summary>Share of carried energy lost per km (used by flow attenuation and <see cref="TransmissionLoss"/>).</summary>
    public double LossFactor { get; }

    /// <summary>Node ids in position order.</summary>
    public IReadOnlyList<string> NodeIds => _graph.NodeIds;

    /// <summary>Shortest-path rows computed so far (each is one single-source Dijkstra run).</summary>
    internal int ShortestPathRowsComputed => _paths.RowsComputed;

    /// <summary>Most shortest-path rows kept in memory at once.</summary>
    internal int ShortestPathRowCapacity => _paths.MaxRows;

    /// <summary>Every edge, in creation order.</summary>
    public IReadOnlyList<GridEdge> Edges()
    {
        var edges = new GridEdge[_graph.EdgeCount];
        for (var e = 0; e < edges.Length; e++)
        {
            edges[e] = new GridEdge(_graph.NodeIds[_graph.EdgeFrom[e]], _graph.NodeIds[_graph.EdgeTo[e]], _graph.EdgeWeightKm[e]);
        }

        return edges;
    }

    /// <summary>Current edge flows in creation order, kW, then the running congestion sum (for rollback).</summary>
    public double[] SnapshotFlows()
    {
        // The sum is kept because it is updated incrementally: re-adding the flows on restore rounds differently
        // (by ulps), and MeanCongestion feeds rewards and the DSO's price widening, so a rollback would not repeat.
        var snapshot = new double[_flowKW.Length + 1];
        _flowKW.CopyTo(snapshot, 0);
        snapshot[^1] = _congestionSum;
        return snapshot;
    }

    /// <summary>Restores a state taken with <see cref="SnapshotFlows"/> (edge flows in kW, then the congestion sum).</summary>
    public void RestoreFlows(ReadOnlySpan<double> snapshot)
    {
        if (snapshot.Length != _flowKW.Length + 1)
        {
            throw new ArgumentException($"expected {_flowKW.Length} edge flows and the congestion sum ({_flowKW.Length + 1} values), got {snapshot.Length}", nameof(snapshot));
        }

        snapshot[.._flowKW.Length].CopyTo(_flowKW);
        _congestionSum = snapshot[^1];
    }

    /// <summary>Redraws the initial flows: flow_e = U(0, 0.3)·cap_e, one draw per edge in creation order.</summary>
    public void Reset(ulong seed)
    {
        var flows = new RandomStreams(seed).For("grid.initial-flows");
        _congestionSum = 0;
        for (var e = 0; e < _flowKW.Length; e++)
        {
            _flowKW[e] = flows.Uniform(0, 0.3) * _capacityKW[e];
            _congestionSum += Congestion(e);
        }
    }

    /// <inheritdoc />
    public bool ContainsNode(string nodeId) => _graph.TryIndexOf(nodeId, out _);

    /// <summary>Position and zone of a node.</summary>
    public NodeLocation LocationOfNode(string nodeId)
    {
        var i = IndexOf(nodeId);
        return new NodeLocation(nodeId, _graph.X[i], _graph.Y[i], _graph.Zones[i]);
    }

    /// <inheritdoc />
    public double DistanceKm(string fromNode, string toNode)
    {
        var u = IndexOf(fromNode);
        var v = IndexOf(toNode);
        var d = _paths.Distance(u, v);
        return double.IsPositiveInfinity(d) ? _graph.EuclideanKm(u, v) : d;
    }

    /// <inheritdoc />
    public string? ZoneOf(string nodeId) => _graph.TryIndexOf(nodeId, out var i) ? _graph.Zones[i] : null;

    /// <summary>Capacity of the edge u–v in kW (0 if there is no such edge).</summary>
    public double EdgeCapacityKW(string u, string v) => EdgeIndex(u, v) is var e and >= 0 ? _capacityKW[e] : 0;

    /// <summary>Flow on the edge u–v in kW (0 if there is no such edge).</summary>
    public double EdgeFlowKW(string u, string v) => EdgeIndex(u, v) is var e and >= 0 ? _flowKW[e] : 0;

    /// <summary>Loading of the edge u–v: min(1, flow/cap), 0 for an unknown edge or zero capacity.</summary>
    public double EdgeCongestion(string u, string v) => EdgeIndex(u, v) is var e and >= 0 ? Congestion(e) : 0;

    /// <inheritdoc />
    public double PathCongestion(string buyerNode, string sellerNode)
    {
        if (!PathFromTo(IndexOf(sellerNode), IndexOf(buyerNode)))
        {
            return 0;
        }

        var max = 0.0;
        foreach (var e in _pathBuffer)
        {
            max = Math.Max(max, Congestion(e));
        }

        return max;
    }

    /// <inheritdoc />
    public double MeanCongestion() => _flowKW.Length == 0 ? 0 : Math.Clamp(_congestionSum / _flowKW.Length, 0, 1);

    /// <inheritdoc />
    /// <remarks>Each edge gets the energy still flowing, capped at its capacity; the flow then shrinks by length·loss factor (never below 0).</remarks>
    public void AddTradeFlow(string buyerNode, string sellerNode, double quantityKWh)
    {
        if (!PathFromTo(IndexOf(sellerNode), IndexOf(buyerNode)))
        {
            return;
        }

        var p = quantityKWh;
        foreach (var e in _pathBuffer)
        {
            SetFlow(e, Math.Min(_flowKW[e] + p, _capacityKW[e]));
            p *= Math.Max(0, 1 - (_graph.EdgeWeightKm[e] * LossFactor));
        }
    }

    /// <summary>
    /// Energy lost carrying <paramref name="quantity"/> over <paramref name="distanceKm"/>: distance·q·loss factor,
    /// capped at q (MARLEM lets the loss exceed the quantity beyond 33.3 km, which would deliver negative energy).
    /// </summary>
    public EnergyKWh TransmissionLoss(double distanceKm, EnergyKWh quantity) =>
        new(Math.Min(quantity.Value, distanceKm * quantity.Value * LossFactor));

    /// <summary>
    /// Places agents (spec §2.5): pinned agents on their node (several may share one node, e.g. many households on a
    /// feeder bus), the rest on distinct random free nodes drawn from <paramref name="placement"/>. Throws
    /// <see cref="ValidationException"/> listing unknown nodes, duplicate agents, or more unpinned agents than free nodes.
    /// </summary>
    public IReadOnlyDictionary<string, NodeLocation> AssignAgents(IReadOnlyList<AgentNodeRequest> agents, RandomStream placement)
    {
        var check = new ViolationCollector();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var taken = new HashSet<int>();
        for (var a = 0; a < agents.Count; a++)
        {
            var scope = check.Scope("agents", a);
            scope.Require(seen.Add(agents[a].AgentId), "agent_id", agents[a].AgentId, "is a duplicate");
            if (agents[a].PinnedNodeId is { } node)
            {
                if (scope.Require(_graph.TryIndexOf(node, out var i), "node_id", node, $"is not a node of the {Kind} grid"))
                {
                    taken.Add(i);
                }
            }
        }

        var unpinned = agents.Count(a => a.PinnedNodeId is null);
        check.Require(unpinned <= NodeCount - taken.Count, "agents", unpinned, $"without a node are more than the {NodeCount - taken.Count} free nodes of the grid ({NodeCount} nodes)");
        check.ThrowIfAny("agent placement");
        var free = new List<int>(NodeCount - taken.Count);
        for (var i = 0; i < NodeCount; i++)
        {
            if (!taken.Contains(i))
            {
                free.Add(i);
            }
        }

        _agentLocations.Clear();
        foreach (var agent in agents)
        {
            int node;
            if (agent.PinnedNodeId is { } pinned)
            {
                node = IndexOf(pinned);
            }
            else
            {
                // Partial Fisher–Yates: a uniform draw without replacement from the free nodes.
                var pick = placement.NextInt(free.Count);
                node = free[pick];
                free[pick] = free[^1];
                free.RemoveAt(free.Count - 1);
            }

            _agentLocations[agent.AgentId] = new NodeLocation(_graph.NodeIds[node], _graph.X[node], _graph.Y[node], _graph.Zones[node]);
        }

        return new Dictionary<string, NodeLocation>(_agentLocations, StringComparer.Ordinal);
    }

    /// <summary>Where an agent was placed by <see cref="AssignAgents"/>.</summary>
    public NodeLocation LocationOfAgent(string agentId) =>
        _agentLocations.TryGetValue(agentId, out var location) ? location : throw new NotFoundException("agent location", agentId, "call AssignAgents first");

    /// <summary>Sets an edge flow directly (tests and power-flow coupling).</summary>
    internal void SetEdgeFlow(string u, string v, double flowKW)
    {
        var e = EdgeIndex(u, v);
        if (e < 0)
        {
            throw new NotFoundException("edge", u + "-" + v);
        }

        SetFlow(e, flowKW);
    }

    private static (IShortestPaths, double[], double[]) Initialise(TopologyGraph graph, double capacityKW)
    {
        var capacities = new double[graph.EdgeCount];
        var inverseSum = 0.0;
        foreach (var w in graph.EdgeWeightKm)
        {
            inverseSum += 1 / w;
        }

        for (var e = 0; e < capacities.Length; e++)
        {
            capacities[e] = capacityKW * (1 / graph.EdgeWeightKm[e]) / inverseSum;
        }

        return (new ShortestPathCache(graph), capacities, new double[graph.EdgeCount]);
    }

    private void SetFlow(int e, double flowKW)
    {
        _congestionSum -= Congestion(e);
        _flowKW[e] = flowKW;
        _congestionSum += Congestion(e);
    }

    private double Congestion(int e) => _capacityKW[e] <= 0 ? 0 : Math.Min(1, _flowKW[e] / _capacityKW[e]);

    /// <summary>Fills the path buffer; a trade asks for the same path twice in a row (fees, then flow), so the last one is kept.</summary>
    private bool PathFromTo(int from, int to)
    {
        if (from != _pathFrom || to != _pathTo)
        {
            _pathExists = _paths.TryPath(from, to, _pathBuffer);
            (_pathFrom, _pathTo) = (from, to);
        }

        return _pathExists;
    }

    private int IndexOf(string nodeId)
    {
        // Orders pass the same node string instances again and again; a reference check skips the hash lookup.
        if (ReferenceEquals(nodeId, _lastNodeId))
        {
            return _lastNodeIndex;
        }

        if (!_graph.TryIndexOf(nodeId, out var i))
        {
            throw new NotFoundException("grid node", nodeId, $"the {Kind} grid has {NodeCount} nodes");
        }

        (_lastNodeId, _lastNodeIndex) = (nodeId, i);
        return i;
    }

    private int EdgeIndex(string u, string v) =>
        _graph.TryIndexOf(u, out var a) && _graph.TryIndexOf(v, out var b) ? _graph.EdgeBetween(a, b) : -1;
}
