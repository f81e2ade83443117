using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace EnergyCoSim.Mosaik.Protocol;

/// <summary>
/// JSON as Python writes it. Python's encoder emits bare <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c> tokens, which
/// System.Text.Json refuses even with named-literal handling (that only accepts quoted strings); the reader rewrites
/// the bare tokens into quoted ones and numeric reads accept them, the writer emits bare tokens as Python expects.
/// </summary>
public static class MosaikJson
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 256 };

    /// <summary>Parses a payload, tolerating bare non-finite tokens outside strings.</summary>
    /// <exception cref="JsonException">The payload is not JSON, even with the tolerance.</exception>
    public static JsonDocument Parse(ReadOnlyMemory<byte> utf8)
    {
        // Fast path: without an 'N' or 'I' byte there can be no bare token (JSON literals are lower case).
        if (utf8.Span.IndexOfAny((byte)'N', (byte)'I') < 0)
        {
            return JsonDocument.Parse(utf8, DocumentOptions);
        }

        var rewritten = QuoteNonFiniteTokens(utf8.Span);
        return JsonDocument.Parse(rewritten, DocumentOptions);
    }

    /// <summary>Returns a copy of <paramref name="utf8"/> with bare NaN/Infinity/-Infinity outside strings quoted.</summary>
    public static byte[] QuoteNonFiniteTokens(ReadOnlySpan<byte> utf8)
    {
        var output = new ArrayBufferWriter<byte>(utf8.Length + 16);
        var inString = false;
        var start = 0;
        for (var i = 0; i < utf8.Length; i++)
        {
            var b = utf8[i];
            if (inString)
            {
                if (b == (byte)'\\')
                {
                    i++;
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                }

                continue;
            }

            if (b == (byte)'"')
            {
                inString = true;
                continue;
            }

            var token = MatchToken(utf8[i..]);
            if (token > 0)
            {
                output.Write(utf8[start..i]);
                output.Write("\""u8);
                output.Write(utf8.Slice(i, token));
                output.Write("\""u8);
                i += token - 1;
                start = i + 1;
            }
        }

        output.Write(utf8[start..]);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>Reads a number, accepting the non-finite tokens (bare or quoted) and JSON integers.</summary>
    /// <exception cref="FormatException">The element is not a number.</exception>
    public static double GetDouble(JsonElement element) => TryGetDouble(element, out var value)
        ? value
        : throw new FormatException($"expected a number, got {Describe(element)}");

    /// <summary>Reads a number; false when the element is neither a number nor a non-finite token.</summary>
    public static bool TryGetDouble(JsonElement element, out double value)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number:
                return element.TryGetDouble(out value);
            case JsonValueKind.String when element.ValueEquals("NaN"u8):
                value = double.NaN;
                return true;
            case JsonValueKind.String when element.ValueEquals("Infinity"u8):
                value = double.PositiveInfinity;
                return true;
            case JsonValueKind.String when element.ValueEquals("-Infinity"u8):
                value = double.NegativeInfinity;
                return true;
            default:
                value = 0;
                return false;
        }
    }

    /// <summary>Writes a double; non-finite values become Python's bare tokens.</summary>
    public static void WriteNumber(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteRawValue(double.IsNaN(value) ? "NaN"u8 : value > 0 ? "Infinity"u8 : "-Infinity"u8, skipInputValidation: true);
        }
    }

    /// <summary>A short description of an element for error messages (kind and, when short, the raw text).</summary>
    public static string Describe(JsonElement element)
    {
        var raw = element.ValueKind == JsonValueKind.Undefined ? "nothing" : element.GetRawText();
        return raw.Length <= 60
            ? string.Create(CultureInfo.InvariantCulture, $"{element.ValueKind.ToString().ToLowerInvariant()} {raw}")
            : element.ValueKind.ToString().ToLowerInvariant();
    }

    private static int MatchToken(ReadOnlySpan<byte> rest)
    {
        if (rest.StartsWith("NaN"u8))
        {
            return 3;
        }

        if (rest.StartsWith("Infinity"u8))
        {
            return 8;
        }

        return rest.StartsWith("-Infinity"u8) ? 9 : 0;
    }
}
