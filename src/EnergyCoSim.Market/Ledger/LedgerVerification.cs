namespace EnergyCoSim.Market.Ledger;

/// <summary>The outcome of verifying a chain: valid, or the first bad block and why.</summary>
/// <param name="IsValid">True when every block checks.</param>
/// <param name="FirstInvalidBlock">Index of the first block that fails, or null.</param>
/// <param name="Problem">What failed (hash mismatch, broken link, missing proof of work), or null.</param>
public sealed record LedgerVerification(bool IsValid, int? FirstInvalidBlock = null, string? Problem = null)
{
    /// <summary>A valid chain.</summary>
    public static LedgerVerification Valid { get; } = new(true);
}
