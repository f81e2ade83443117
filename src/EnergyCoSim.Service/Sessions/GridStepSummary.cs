namespace EnergyCoSim.Service.Sessions;

/// <summary>What an external grid solver reported for one step.</summary>
/// <param name="Converged">Whether the power flow converged.</param>
/// <param name="Iterations">Solver iterations.</param>
/// <param name="TotalLossesKW">Total losses, kW.</param>
/// <param name="MinVoltagePu">Lowest bus voltage, p.u.</param>
/// <param name="MinVoltageBus">Bus of the lowest voltage.</param>
/// <param name="MaxVoltagePu">Highest bus voltage, p.u.</param>
/// <param name="MaxVoltageBus">Bus of the highest voltage.</param>
/// <param name="MaxLineLoading">Highest branch loading, fraction of rating.</param>
public sealed record GridStepSummary(bool Converged, int Iterations, double TotalLossesKW, double MinVoltagePu, string MinVoltageBus, double MaxVoltagePu, string MaxVoltageBus, double MaxLineLoading)
{
    /// <summary>Every branch answered: with a cosim feeder the feeder's, in case order; otherwise in the solver's order.</summary>
    public IReadOnlyList<GridBranchSummary> Branches { get; init; } = [];

    /// <summary>Every bus answered: with a cosim feeder the feeder's, in case order; otherwise in the solver's order.</summary>
    public IReadOnlyList<GridBusSummary> Buses { get; init; } = [];
}
