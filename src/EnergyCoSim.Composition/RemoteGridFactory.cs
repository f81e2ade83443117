using EnergyCoSim.Core.Components;

namespace EnergyCoSim.Composition;

/// <summary>
/// Creates the component that reaches a remote GridSolver (supplied by the composition roots, which may reference the
/// gRPC client). It must expose, per bus id of <paramref name="buses"/>, inputs <c>bus_&lt;id&gt;.p_kw</c>,
/// <c>bus_&lt;id&gt;.q_kvar</c> (kW/kvar into the grid) and output <c>bus_&lt;id&gt;.v_pu</c>; per branch id of
/// <paramref name="branches"/> (the feeder's, in case order, e.g. <c>800_802</c>) output <c>branch_&lt;id&gt;.loading_pct</c>
/// (% of rating, 0 when unrated), which feeds the DSO's loading limit, and Real input <c>branch_&lt;id&gt;.in_service</c>
/// (1/0, start = <paramref name="branchInService"/>, the case's flags in case order) for scheduled outages; plus losses
/// in kW (<c>losses_kw</c> or <c>total_losses_kw</c>), and reject a step whose solve misses <paramref name="deadline"/>.
/// </summary>
public delegate ICoSimComponent RemoteGridFactory(string name, Uri address, TimeSpan deadline, IReadOnlyList<int> buses, IReadOnlyList<string> branches, IReadOnlyList<bool> branchInService);
