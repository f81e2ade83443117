using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Grid.Topology;

namespace EnergyCoSim.Grid.Tests.Topology;

public sealed class AgentPlacementTests
{
    [Fact]
    public void AssignAgents_PinnedAndFree_PinnedKeepTheirNodeAndFreeGetADistinctOtherNode()
    {
        var grid = new GridNetworkTopology(GridTopologyKind.Ieee34);

        var placed = grid.AssignAgents(
            [new("a", "800"), new("b", "830"), new("c")],
            new RandomStreams(42).For("placement"));

        Assert.Equal("800", placed["a"].NodeId);
        Assert.Equal("830", placed["b"].NodeId);
        Assert.DoesNotContain(placed["c"].NodeId, new[] { "800", "830" });
        Assert.Equal(new NodeLocation("800", 0, 0, "substation"), grid.LocationOfAgent("a"));
    }

    [Fact]
    public void AssignAgents_AllFreeOnFullGrid_UsesEveryNodeOnceAndIsReproducible()
    {
        var grid = new GridNetworkTopology(GridTopologyKind.Ring, 6);
        AgentNodeRequest[] agents = [.. Enumerable.Range(0, 6).Select(i => new AgentNodeRequest($"a{i}"))];

        var first = grid.AssignAgents(agents, new RandomStreams(1).For("placement"));
        var second = grid.AssignAgents(agents, new RandomStreams(1).For("placement"));

        Assert.Equal(6, first.Values.Select(l => l.NodeId).Distinct().Count());
        Assert.Equal(first.OrderBy(kv => kv.Key).Select(kv => kv.Value), second.OrderBy(kv => kv.Key).Select(kv => kv.Value));
    }

    [Fact]
    public void AssignAgents_UnknownNodeAndTooManyAgents_ReportsBoth()
    {
        var grid = new GridNetworkTopology(GridTopologyKind.Line, 2);

        var ex = Assert.Throws<ValidationException>(() =>
            grid.AssignAgents([new("a", "7"), new("b"), new("c"), new("d")], new RandomStreams(1).For("placement")));

        Assert.Equal(["agents[0].node_id", "agents"], ex.Violations.Select(v => v.Field));
        Assert.Contains("2 free nodes", ex.Violations[1].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void AssignAgents_ManyPinnedToOneBus_SharesTheNodeAndLeavesTheRestFree()
    {
        var grid = new GridNetworkTopology(GridTopologyKind.Ieee34);
        var agents = Enumerable.Range(0, 100).Select(i => new AgentNodeRequest($"h{i}", i % 2 == 0 ? "860" : "840"))
            .Append(new AgentNodeRequest("free")).ToArray();

        var placed = grid.AssignAgents(agents, new RandomStreams(1).For("placement"));

        Assert.Equal(50, placed.Values.Count(l => l.NodeId == "860"));
        Assert.Equal(50, placed.Values.Count(l => l.NodeId == "840"));
        Assert.DoesNotContain(placed["free"].NodeId, new[] { "860", "840" });
    }

    [Fact]
    public void LocationOfAgent_NotPlaced_ThrowsNotFound()
    {
        var grid = new GridNetworkTopology(GridTopologyKind.Line, 3);

        Assert.Throws<NotFoundException>(() => grid.LocationOfAgent("ghost"));
    }
}
