namespace EnergyCoSim.Grid.Network;

/// <summary>
/// A line or transformer in the MATPOWER pi model: series r + jx (p.u. on the system base), total charging b split
/// half to each end, ideal off-nominal tap ratio and phase shift at the from end (tap 0 means 1).
/// </summary>
/// <param name="From">From bus id (the tap side).</param>
/// <param name="To">To bus id.</param>
/// <param name="RPu">Series resistance, p.u.</param>
/// <param name="XPu">Series reactance, p.u.</param>
/// <param name="BPu">Total line charging susceptance, p.u.</param>
/// <param name="RateMva">Long-term rating, MVA (0 = unrated).</param>
/// <param name="Tap">Off-nominal turns ratio at the from end (0 or 1 = nominal).</param>
/// <param name="ShiftDeg">Phase shift of the from-side voltage, degrees (positive = from side leads).</param>
/// <param name="InService">False removes the branch.</param>
/// <param name="Name">Optional label.</param>
public sealed record Branch(
    int From,
    int To,
    double RPu,
    double XPu,
    double BPu = 0,
    double RateMva = 0,
    double Tap = 0,
    double ShiftDeg = 0,
    bool InService = true,
    string? Name = null)
{
    /// <summary>True when the branch has a tap other than 1 or a phase shift (a transformer).</summary>
    public bool IsTransformer => (Tap != 0 && Tap != 1) || ShiftDeg != 0;

    /// <summary>The effective tap ratio (0 read as 1).</summary>
    public double EffectiveTap => Tap == 0 ? 1.0 : Tap;
}
