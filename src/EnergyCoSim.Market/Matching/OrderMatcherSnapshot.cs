using EnergyCoSim.Core.Collections;
using EnergyCoSim.Market.Dso;
using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Market.Matching;

/// <summary>The mutable state of an <see cref="OrderMatcher"/>: the length of its history, the latest trades and the DSO's state.</summary>
public sealed record OrderMatcherSnapshot(RollbackMark History, IReadOnlyList<Trade> LatestTrades, DsoAgentSnapshot Dso);
