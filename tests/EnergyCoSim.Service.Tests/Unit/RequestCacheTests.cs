using EnergyCoSim.Service.Sessions;
using EnergyCoSim.Simulation.Analytics;

namespace EnergyCoSim.Service.Tests.Unit;

public sealed class RequestCacheTests
{
    [Fact]
    public void TryGet_SameIdTwice_ReturnsTheFirstResult()
    {
        var cache = new RequestCache(4);
        var first = Result(0);
        cache.Add("a", first);
        cache.Add("a", Result(1));

        Assert.True(cache.TryGet("a", out var got));
        Assert.Same(first, got);
    }

    [Fact]
    public void TryGet_BeyondCapacity_EvictsTheOldest()
    {
        var cache = new RequestCache(2);
        cache.Add("a", Result(0));
        cache.Add("b", Result(1));
        cache.Add("c", Result(2));

        Assert.False(cache.TryGet("a", out _));
        Assert.True(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("c", out _));
    }

    [Fact]
    public void TryGet_EmptyId_IsNeverCached()
    {
        var cache = new RequestCache(2);
        cache.Add(string.Empty, Result(0));
        cache.Add(null, Result(1));

        Assert.False(cache.TryGet(string.Empty, out _));
        Assert.False(cache.TryGet(null, out _));
    }

    private static SessionStepResult Result(int step) => new(
        step,
        false,
        new MarketStepRecord
        {
            Step = step,
            ClearingPrice = 0,
            ClearingVolume = 0,
            P2PVolume = 0,
            DsoBuyVolume = 0,
            DsoSellVolume = 0,
            GridBalance = 0,
            GridCongestion = 0,
            FeedInTariff = 0,
            UtilityPrice = 0,
            LocalPriceAverage = 0,
            LocalPriceAdvantage = 0,
            Trades = [],
        },
        [],
        [],
        []);
}
