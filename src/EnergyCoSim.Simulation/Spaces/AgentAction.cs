namespace EnergyCoSim.Simulation.Spaces;

/// <summary>
/// An agent's raw 4-value action (spec §8.2): limit price (USD/MWh), quantity (kWh), side signal (&gt; 0.5 = buy) and
/// partner index (k &lt; N: agent k, k = N: the DSO, k &gt; N: no preference; the integer part is used).
/// </summary>
public readonly record struct AgentAction(double PriceUsdPerMWh, double QuantityKWh, double SideSignal, double PartnerIndex)
{
    /// <summary>True when the side signal asks to buy (decided once, decisions.md §1.3).</summary>
    public bool IsBuy => SideSignal > 0.5;

    /// <summary>The four values in order.</summary>
    public void CopyTo(Span<float> destination)
    {
        destination[0] = (float)PriceUsdPerMWh;
        destination[1] = (float)QuantityKWh;
        destination[2] = (float)SideSignal;
        destination[3] = (float)PartnerIndex;
    }

    /// <summary>Builds an action from four values.</summary>
    public static AgentAction From(ReadOnlySpan<float> values) => new(values[0], values[1], values[2], values[3]);
}
