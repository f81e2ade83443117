using System.Globalization;
using System.Text;
using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Market.Ledger;

/// <summary>
/// Writes a block's canonical JSON, Python <c>json.dumps(content, sort_keys=True)</c> style. The key "nonce" sorts
/// first, so the text is <c>{"nonce": </c> + nonce + a suffix that does not depend on the nonce: mining only
/// rewrites the digits in between.
/// </summary>
internal static class CanonicalBlockWriter
{
    public const string Prefix = "{\"nonce\": ";

    /// <summary>Everything after the nonce digits.</summary>
    public static string Suffix(string previousHash, double timestamp, IReadOnlyList<Trade> trades)
    {
        var sb = new StringBuilder(64 + (trades.Count * 128));
        sb.Append(", \"previous_hash\": ");
        AppendString(sb, previousHash);
        sb.Append(", \"timestamp\": ");
        sb.Append(trades.Count == 0 && timestamp == 0 ? "0" : PythonFloatFormat.Repr(timestamp));
        sb.Append(", \"trades\": [");
        for (var i = 0; i < trades.Count; i++)
        {
            var t = trades[i];
            if (i > 0)
            {
                sb.Append(", ");
            }

            sb.Append("{\"buyer_id\": ");
            AppendString(sb, t.BuyerId);
            sb.Append(", \"price\": ").Append(PythonFloatFormat.Repr(t.Price.Value));
            sb.Append(", \"quantity\": ").Append(PythonFloatFormat.Repr(t.Quantity.Value));
            sb.Append(", \"seller_id\": ");
            AppendString(sb, t.SellerId);
            sb.Append(", \"timestamp\": ").Append(PythonFloatFormat.Repr(t.Timestamp)).Append('}');
        }

        return sb.Append("]}").ToString();
    }

    public static string Json(long nonce, string previousHash, double timestamp, IReadOnlyList<Trade> trades) =>
        Prefix + nonce.ToString(CultureInfo.InvariantCulture) + Suffix(previousHash, timestamp, trades);

    /// <summary>A JSON string as Python writes it with <c>ensure_ascii=True</c>: non-ASCII as \uXXXX (UTF-16 units).</summary>
    private static void AppendString(StringBuilder sb, string value)
    {
        sb.Append('"');
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (ch < 0x20 || ch > 0x7E)
                    {
                        sb.Append("\\u").Append(((int)ch).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(ch);
                    }

                    break;
            }
        }

        sb.Append('"');
    }
}
