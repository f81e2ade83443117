using EnergyCoSim.Core.Network;
using EnergyCoSim.Core.Units;
using EnergyCoSim.Market.Configuration;
using EnergyCoSim.Market.Dso;
using EnergyCoSim.Market.Matching;
using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Market.Tests.TestSupport;

internal static class MarketFixtures
{
    public static Order Buy(string agent, double price, double quantity, string? node = null, double ts = 0, string? partner = null) =>
        new($"{agent}-buy", agent, new PriceUsdPerMWh(price), new EnergyKWh(quantity), OrderSide.Buy, ts, node, partner);

    public static Order Sell(string agent, double price, double quantity, string? node = null, double ts = 0, string? partner = null) =>
        new($"{agent}-sell", agent, new PriceUsdPerMWh(price), new EnergyKWh(quantity), OrderSide.Sell, ts, node, partner);

    public static DsoAgent NewDso(double fit, double up, INetworkTopology? topology = null, DsoInterventionSettings? intervention = null, int steps = 1) =>
        new(new DsoTariffProfile(Enumerable.Repeat(fit, steps).ToArray(), Enumerable.Repeat(up, steps).ToArray()), topology, intervention);

    public static OrderMatcher Matcher(DsoAgent dso, MarketConfig? config = null, int agents = 3, ITradeRecorder? recorder = null) =>
        new(agents, config ?? new MarketConfig(), dso, recorder);
}
