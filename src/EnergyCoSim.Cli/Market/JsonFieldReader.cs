using System.Globalization;
using System.Text.Json;
using EnergyCoSim.Core.Validation;

namespace EnergyCoSim.Cli.Market;

/// <summary>Reads typed fields from a JSON object, recording a violation (path, value, expectation) instead of throwing.</summary>
internal static class JsonFieldReader
{
    public static double Number(JsonElement parent, string name, ViolationCollector check, double? fallback = null)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (fallback is { } d)
            {
                return d;
            }

            check.Add(name, null, "is required (a number)");
            return double.NaN;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number))
        {
            check.Add(name, value.GetRawText(), "must be a number");
            return double.NaN;
        }

        return number;
    }

    public static int Integer(JsonElement parent, string name, ViolationCollector check, int fallback)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            check.Add(name, value.GetRawText(), "must be an integer");
            return fallback;
        }

        return number;
    }

    public static ulong Seed(JsonElement parent, string name, ViolationCollector check)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return 0;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetUInt64(out var seed))
        {
            check.Add(name, value.GetRawText(), "must be an integer in [0, 18446744073709551615]");
            return 0;
        }

        return seed;
    }

    public static bool Boolean(JsonElement parent, string name, ViolationCollector check, bool fallback)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            check.Add(name, value.GetRawText(), "must be true or false");
            return fallback;
        }

        return value.GetBoolean();
    }

    public static string? Text(JsonElement parent, string name, ViolationCollector check, bool required)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                check.Add(name, null, "is required (a string)");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            check.Add(name, value.GetRawText(), "must be a string");
            return null;
        }

        var text = value.GetString();
        if (required && string.IsNullOrWhiteSpace(text))
        {
            check.Add(name, text, "must not be empty");
            return null;
        }

        return text;
    }

    public static JsonElement? Object(JsonElement parent, string name, ViolationCollector check, bool required)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                check.Add(name, null, "is required (an object)");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            check.Add(name, value.GetRawText(), "must be an object");
            return null;
        }

        return value;
    }

    public static IReadOnlyList<JsonElement> Array(JsonElement parent, string name, ViolationCollector check, bool required)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                check.Add(name, null, "is required (a list)");
            }

            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            check.Add(name, value.GetRawText(), "must be a list");
            return [];
        }

        return [.. value.EnumerateArray()];
    }

    public static double[] Numbers(JsonElement parent, string name, ViolationCollector check)
    {
        var items = Array(parent, name, check, required: true);
        var numbers = new double[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].ValueKind == JsonValueKind.Number && items[i].TryGetDouble(out var d))
            {
                numbers[i] = d;
            }
            else
            {
                check.Scope(name, i).Add(string.Empty, items[i].GetRawText(), "must be a number");
                numbers[i] = 0;
            }
        }

        return numbers;
    }

    /// <summary>Parses a snake_case enum name ("bid_ask_spread", "ieee34") against the enum's PascalCase members.</summary>
    public static TEnum? Enum<TEnum>(JsonElement parent, string name, ViolationCollector check, TEnum? fallback, string allowed)
        where TEnum : struct, System.Enum
    {
        var text = Text(parent, name, check, required: fallback is null);
        if (text is null)
        {
            return fallback;
        }

        var normalised = text.Replace("_", string.Empty, StringComparison.Ordinal);
        if (System.Enum.TryParse<TEnum>(normalised, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed)
            && !normalised.All(c => char.IsDigit(c) || c == '-'))
        {
            return parsed;
        }

        check.Add(name, text, "must be one of " + allowed);
        return fallback;
    }

    public static string Render(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
