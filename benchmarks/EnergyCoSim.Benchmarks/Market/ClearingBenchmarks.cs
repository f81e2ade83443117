using BenchmarkDotNet.Attributes;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Core.Units;
using EnergyCoSim.Grid.Topology;
using EnergyCoSim.Market.Configuration;
using EnergyCoSim.Market.Dso;
using EnergyCoSim.Market.Matching;
using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Benchmarks.Market;

/// <summary>
/// One market interval: double auction plus DSO fallback over n orders (half buys, half sells, prices 20–600 $/MWh,
/// overlapping so roughly half the volume trades peer to peer). "Located" puts every agent on an IEEE 34 node, so
/// each P2P trade also costs a distance, a loss, fees and a flow update.
/// </summary>
[MemoryDiagnoser]
public class ClearingBenchmarks
{
    private Order[] _orders = [];
    private Dictionary<string, double> _reputations = [];
    private DsoTariffProfile _tariffs = null!;
    private MarketConfig _config = null!;
    private GridNetworkTopology _grid = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Orders { get; set; }

    [Params(false, true)]
    public bool Located { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new RandomStreams(2026).For("benchmark.orders");
        _grid = new GridNetworkTopology(GridTopologyKind.Ieee34, capacityKW: 1e9, seed: 1);
        _orders = new Order[Orders];
        _reputations = new Dictionary<string, double>(Orders, StringComparer.Ordinal);
        for (var i = 0; i < Orders; i++)
        {
            var agent = "agent_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var side = i % 2 == 0 ? OrderSide.Buy : OrderSide.Sell;
            var node = Located ? _grid.NodeIds[random.NextInt(_grid.NodeCount)] : null;
            _orders[i] = new Order(agent + "_0", agent, new PriceUsdPerMWh(random.Uniform(20, 600)), new EnergyKWh(random.Uniform(0.1, 200)), side, random.NextDouble(), node);
            _reputations[agent] = random.NextDouble();
        }

        _tariffs = new DsoTariffProfile([40], [600]);
        _config = new MarketConfig(maxQuantity: 200);
    }

    [Benchmark]
    public MatchingResult ClearingDoubleAuctionWithDsoFallback()
    {
        _grid.Reset(1);
        var matcher = new OrderMatcher(Orders, _config, new DsoAgent(_tariffs, Located ? _grid : null));
        return matcher.MatchOrders(0, _orders, _reputations);
    }
}
