namespace EnergyCoSim.Market.Ledger;

/// <summary>Chain statistics (MARLEM's <c>get_chain_stats</c> plus the pending count).</summary>
/// <param name="TotalBlocks">Blocks including the genesis.</param>
/// <param name="TotalTrades">Trades in mined blocks.</param>
/// <param name="AverageBlockSize">TotalTrades / max(TotalBlocks − 1, 1).</param>
/// <param name="ChainValid">Result of a full verification.</param>
/// <param name="PendingTrades">Trades recorded but not yet mined.</param>
public sealed record LedgerStatistics(int TotalBlocks, int TotalTrades, double AverageBlockSize, bool ChainValid, int PendingTrades);
