using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Market.Ledger;

/// <summary>The state of a <see cref="HashChainValidator"/> (blocks and pending trades are immutable, so this is cheap), for rollback.</summary>
/// <param name="Blocks">The chain, genesis first.</param>
/// <param name="PendingTrades">Trades not yet mined.</param>
public sealed record LedgerSnapshot(IReadOnlyList<LedgerBlock> Blocks, IReadOnlyList<Trade> PendingTrades);
