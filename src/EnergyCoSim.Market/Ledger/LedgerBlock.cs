using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Market.Ledger;

/// <summary>One block of the hash chain (see docs/ledger-format.md for the canonical form that is hashed).</summary>
/// <param name="Index">Position in the chain (0 = genesis); not hashed.</param>
/// <param name="Timestamp">Earliest trade timestamp of the block; 0 (written as the integer 0) for a block without trades.</param>
/// <param name="PreviousHash">Hash of the previous block ("0" for the genesis).</param>
/// <param name="Trades">The trades; only buyer, seller, price, quantity and timestamp are hashed.</param>
/// <param name="Nonce">Proof-of-work counter.</param>
/// <param name="Hash">Lower-case hex SHA-256 of the canonical JSON.</param>
public sealed record LedgerBlock(int Index, double Timestamp, string PreviousHash, IReadOnlyList<Trade> Trades, long Nonce, string Hash);
