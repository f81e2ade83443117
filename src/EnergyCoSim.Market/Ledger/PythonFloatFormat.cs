using System.Globalization;
using System.Text;

namespace EnergyCoSim.Market.Ledger;

/// <summary>
/// Formats a double exactly like Python's <c>repr(float)</c>: the shortest digits that round-trip, fixed notation
/// for decimal exponents −4 ≤ e &lt; 16 (always with a fractional part, <c>25.0</c>), otherwise <c>1e-05</c> /
/// <c>1.5e+16</c> (sign and at least two exponent digits).
/// </summary>
internal static class PythonFloatFormat
{
    public static string Repr(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "NaN and infinities have no JSON form");
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        // .NET's "R" is the shortest round-trip representation; only its layout differs from Python's.
        var text = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var (digits, decimalPoint) = DigitsAndPoint(text);
        var sb = new StringBuilder(32);
        if (value < 0)
        {
            sb.Append('-');
        }

        if (decimalPoint <= -4 || decimalPoint > 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1)
            {
                sb.Append('.').Append(digits, 1, digits.Length - 1);
            }

            var exponent = decimalPoint - 1;
            sb.Append('e').Append(exponent < 0 ? '-' : '+').Append(Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (decimalPoint <= 0)
        {
            sb.Append("0.").Append('0', -decimalPoint).Append(digits);
        }
        else if (decimalPoint < digits.Length)
        {
            sb.Append(digits, 0, decimalPoint).Append('.').Append(digits, decimalPoint, digits.Length - decimalPoint);
        }
        else
        {
            sb.Append(digits).Append('0', decimalPoint - digits.Length).Append(".0");
        }

        return sb.ToString();
    }

    /// <summary>Significant digits (no leading/trailing zeros) and the decimal point position: value = 0.DIGITS × 10^point.</summary>
    private static (string Digits, int Point) DigitsAndPoint(string text)
    {
        var e = text.IndexOfAny(['E', 'e']);
        var exponent = e < 0 ? 0 : int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? text : text[..e];
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var intPart = dot < 0 ? mantissa : mantissa[..dot];
        var all = dot < 0 ? mantissa : intPart + mantissa[(dot + 1)..];
        var lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0')
        {
            lead++;
        }

        var digits = all[lead..].TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, intPart.Length - lead + exponent);
    }
}
