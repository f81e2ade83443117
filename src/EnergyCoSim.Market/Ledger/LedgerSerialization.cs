using System.Security.Cryptography;
using System.Text;

namespace EnergyCoSim.Market.Ledger;

/// <summary>The canonical, MARLEM-compatible serialisation of a block and its hash (docs/ledger-format.md).</summary>
public static class LedgerSerialization
{
    /// <summary>The canonical JSON text that is hashed.</summary>
    public static string CanonicalJson(LedgerBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return CanonicalBlockWriter.Json(block.Nonce, block.PreviousHash, block.Timestamp, block.Trades);
    }

    /// <summary>Lower-case hex SHA-256 of <see cref="CanonicalJson"/>.</summary>
    public static string ComputeHash(LedgerBlock block) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(CanonicalJson(block))));

    /// <summary>A number as Python's <c>repr(float)</c> writes it (<c>25.0</c>, <c>0.225</c>, <c>1e-05</c>, <c>1e+16</c>).</summary>
    public static string FormatFloat(double value) => PythonFloatFormat.Repr(value);
}
