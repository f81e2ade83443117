using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Simulation.Spaces;

/// <summary>
/// The bounds of one agent's action: [min_price, min_quantity, 0, 0] to [max_price, quantity cap, 1, N + 1].
/// The quantity cap is min(max_quantity, max(capacity, peak demand)), floored at min_quantity, so a pure consumer
/// (capacity 0) still has a valid box (MARLEM gives it high &lt; low).
/// </summary>
public sealed record ActionBox(double MinPrice, double MaxPrice, double MinQuantity, double MaxQuantity, int AgentCount)
{
    /// <summary>Number of action values.</summary>
    public const int Size = 4;

    /// <summary>Lower bounds in action order.</summary>
    public IReadOnlyList<double> Low => [MinPrice, MinQuantity, 0, 0];

    /// <summary>Upper bounds in action order.</summary>
    public IReadOnlyList<double> High => [MaxPrice, MaxQuantity, 1, AgentCount + 1];

    /// <summary>The box of an agent with <paramref name="capacityKW"/> and <paramref name="peakDemandKWh"/> in a market with these bounds.</summary>
    public static ActionBox For(double minPrice, double maxPrice, double minQuantity, double maxQuantity, double capacityKW, double peakDemandKWh, int agentCount) =>
        new(minPrice, maxPrice, minQuantity, Math.Max(minQuantity, Math.Min(maxQuantity, Math.Max(capacityKW, peakDemandKWh))), agentCount);

    /// <summary>True when every value lies inside the box (compared at float32 precision, the precision actions travel in).</summary>
    public bool Contains(AgentAction a) =>
        Inside(a.PriceUsdPerMWh, MinPrice, MaxPrice) && Inside(a.QuantityKWh, MinQuantity, MaxQuantity)
        && Inside(a.SideSignal, 0, 1) && Inside(a.PartnerIndex, 0, AgentCount + 1);

    /// <summary>Throws a <see cref="ValidationException"/> naming every value outside the box.</summary>
    public void Validate(string agentId, AgentAction a)
    {
        var problems = new List<FieldViolation>();
        Check(problems, agentId, "price", a.PriceUsdPerMWh, MinPrice, MaxPrice);
        Check(problems, agentId, "quantity", a.QuantityKWh, MinQuantity, MaxQuantity);
        Check(problems, agentId, "side", a.SideSignal, 0, 1);
        Check(problems, agentId, "partner", a.PartnerIndex, 0, AgentCount + 1);
        if (problems.Count > 0)
        {
            throw new ValidationException(problems, $"action of {agentId}");
        }
    }

    /// <summary>Clamps every value into the box (NaN becomes the lower bound).</summary>
    public AgentAction Clamp(AgentAction a) => new(
        Clip(a.PriceUsdPerMWh, MinPrice, MaxPrice),
        Clip(a.QuantityKWh, MinQuantity, MaxQuantity),
        Clip(a.SideSignal, 0, 1),
        Clip(a.PartnerIndex, 0, AgentCount + 1));

    private static bool Inside(double value, double lo, double hi) => (float)value >= (float)lo && (float)value <= (float)hi;

    private static double Clip(double v, double lo, double hi) => double.IsNaN(v) ? lo : Math.Min(hi, Math.Max(lo, v));

    private static void Check(List<FieldViolation> problems, string agent, string field, double value, double lo, double hi)
    {
        if (!Inside(value, lo, hi))
        {
            problems.Add(new FieldViolation($"actions[{agent}].{field}", FieldViolation.Render(value), $"is outside [{lo:G}, {hi:G}]"));
        }
    }
}
