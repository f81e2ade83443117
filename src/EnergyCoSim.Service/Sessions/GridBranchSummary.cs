namespace EnergyCoSim.Service.Sessions;

/// <summary>One branch of an external grid solver's answer for a step.</summary>
/// <param name="BranchId">Branch id as the solver knows it, e.g. <c>800_802</c>.</param>
/// <param name="LoadingPct">Loading, % of rating (0 when unrated), as the cosim path's <c>loading_pct</c>.</param>
/// <param name="PFromKW">Active power entering at the from end, kW.</param>
/// <param name="QFromKvar">Reactive power entering at the from end, kvar.</param>
/// <param name="PToKW">Active power entering at the to end, kW.</param>
/// <param name="QToKvar">Reactive power entering at the to end, kvar.</param>
/// <param name="LossKW">Active losses, kW.</param>
public sealed record GridBranchSummary(string BranchId, double LoadingPct, double PFromKW, double QFromKvar, double PToKW, double QToKvar, double LossKW);
