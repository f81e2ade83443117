namespace EnergyCoSim.Grid.PowerFlow;

/// <summary>Flows of one branch at both ends (power entering the branch), its losses and loading.</summary>
/// <param name="Index">Index in the case's branch list.</param>
/// <param name="From">From bus id.</param>
/// <param name="To">To bus id.</param>
/// <param name="PFromMw">Active power entering at the from end, MW.</param>
/// <param name="QFromMvar">Reactive power entering at the from end, MVAr.</param>
/// <param name="PToMw">Active power entering at the to end, MW.</param>
/// <param name="QToMvar">Reactive power entering at the to end, MVAr.</param>
/// <param name="LossMw">Active losses, MW.</param>
/// <param name="LossMvar">Reactive losses (series minus charging), MVAr.</param>
/// <param name="LoadingPercent">Larger end apparent power over the rating, %; null when unrated.</param>
/// <param name="InService">False when the branch was left out (out of service, de-energised, shorted).</param>
public sealed record BranchResult(
    int Index,
    int From,
    int To,
    double PFromMw,
    double QFromMvar,
    double PToMw,
    double QToMvar,
    double LossMw,
    double LossMvar,
    double? LoadingPercent,
    bool InService);
