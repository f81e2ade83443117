using EnergyCoSim.Core.Collections;
using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Market.Ledger;

/// <summary>The state of a <see cref="HashChainValidator"/> for rollback: the chain's length (it is append-only) and the pending trades.</summary>
/// <param name="Blocks">Mark of the chain, genesis included.</param>
/// <param name="PendingTrades">Trades not yet mined.</param>
public sealed record LedgerSnapshot(RollbackMark Blocks, IReadOnlyList<Trade> PendingTrades);
