using System.Text.Json;

namespace EnergyCoSim.Mosaik.Api;

/// <summary>Small typed reads of request arguments.</summary>
internal static class JsonElementExtensions
{
    /// <summary>An integer, also from a float with no fractional part (Python may send <c>900.0</c>).</summary>
    public static bool TryGetInt64Safe(this JsonElement element, out long value)
    {
        value = 0;
        if (element.ValueKind != JsonValueKind.Number)
        {
            return false;
        }

        if (element.TryGetInt64(out value))
        {
            return true;
        }

        if (element.TryGetDouble(out var d) && Math.Floor(d) == d && Math.Abs(d) < 9e15)
        {
            value = (long)d;
            return true;
        }

        return false;
    }
}
