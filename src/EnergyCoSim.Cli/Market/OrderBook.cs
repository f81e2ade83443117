using EnergyCoSim.Market.Matching;
using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Cli.Market;

/// <summary>A parsed order book: the matcher (with DSO and grid) and the interval's orders.</summary>
internal sealed record OrderBook(int Step, OrderMatcher Matcher, IReadOnlyList<Order> Orders, IReadOnlyDictionary<string, double> Reputations);
