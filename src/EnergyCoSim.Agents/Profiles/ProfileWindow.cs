namespace EnergyCoSim.Agents.Profiles;

/// <summary>A multiplier for the intervals whose hour of day h satisfies <c>FromHour ≤ h ≤ ToHour</c> (inclusive, as in the case studies).</summary>
/// <param name="FromHour">First hour (inclusive), in [0, 24].</param>
/// <param name="ToHour">Last hour (inclusive), in [0, 24], ≥ FromHour.</param>
/// <param name="Multiplier">Factor inside the window, ≥ 0.</param>
public sealed record ProfileWindow(double FromHour, double ToHour, double Multiplier)
{
    /// <summary>True when hour of day <paramref name="hour"/> lies in the window.</summary>
    public bool Contains(double hour) => hour >= FromHour && hour <= ToHour;
}
