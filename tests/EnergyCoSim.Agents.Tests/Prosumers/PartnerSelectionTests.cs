using EnergyCoSim.Agents.Profiles;
using EnergyCoSim.Agents.Prosumers;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Core.Units;
using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Agents.Tests.Prosumers;

public sealed class PartnerSelectionTests
{
    private static readonly FakeTopology Topology = new(new()
    {
        [("n0", "n1")] = 3.0,
        [("n0", "n2")] = 1.0,
        [("n0", "n3")] = 2.0,
        [("n0", "n4")] = 5.0,
    });

    private static readonly PartnerCandidate[] Candidates =
    [
        new("self", "n0", 1.0),
        new(MarketParticipants.DsoId, null, 1.0),
        new("far_good", "n1", 0.8),
        new("near_good", "n2", 0.8),
        new("mid", "n3", 0.6),
        new("poor", "n4", 0.1),
    ];

    private static ProsumerAgent Self(ulong seed = 11)
    {
        var agent = new ProsumerAgent(new ProsumerAgentSpec("self", new PowerKW(10), "n0"), TimeSpan.FromHours(1));
        agent.Reset(new EnergyProfile([1.0]), new EnergyProfile([1.0]), 0.5, new RandomStream(seed));
        return agent;
    }

    [Fact]
    public void SelectPreferredPartner_NotRandomized_HighestReputationThenNearest()
    {
        Assert.Equal("near_good", Self().SelectPreferredPartner(Candidates, Topology, randomize: false));
    }

    [Fact]
    public void SelectPreferredPartner_Randomized_OnlyFromTopHalfPlusOne()
    {
        var agent = Self();
        var picks = Enumerable.Range(0, 300).Select(_ => agent.SelectPreferredPartner(Candidates, Topology)).ToHashSet();

        // 4 eligible candidates → pool of ⌊4/2⌋ + 1 = 3: near_good, far_good, mid; never self, the DSO or "poor".
        Assert.Equal(new HashSet<string> { "near_good", "far_good", "mid" }, picks);
    }

    [Fact]
    public void SelectPreferredPartner_SameSeed_SameSequence()
    {
        var a = Self(3);
        var b = Self(3);
        var seqA = Enumerable.Range(0, 20).Select(_ => a.SelectPreferredPartner(Candidates, Topology)).ToArray();
        var seqB = Enumerable.Range(0, 20).Select(_ => b.SelectPreferredPartner(Candidates, Topology)).ToArray();

        Assert.Equal(seqA, seqB);
    }

    [Fact]
    public void SelectPreferredPartner_OneDistanceLookupPerCandidate()
    {
        var topology = new FakeTopology(new() { [("n0", "n1")] = 1, [("n0", "n2")] = 2, [("n0", "n3")] = 2, [("n0", "n4")] = 2 });

        Self().SelectPreferredPartner(Candidates, topology);

        Assert.Equal(4, topology.DistanceCalls);
    }

    [Fact]
    public void SelectPreferredPartner_NoOtherAgent_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Self().SelectPreferredPartner([new("self", "n0", 1), new(MarketParticipants.DsoId, null, 1)], Topology));
}
