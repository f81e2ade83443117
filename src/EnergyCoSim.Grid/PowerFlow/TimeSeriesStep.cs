namespace EnergyCoSim.Grid.PowerFlow;

/// <summary>Summary of one time-series step.</summary>
/// <param name="Status">How the step's solve ended.</param>
/// <param name="Iterations">Newton iterations of the step.</param>
/// <param name="LossKw">Total active losses, kW.</param>
/// <param name="MinVmPu">Lowest bus voltage, p.u.</param>
/// <param name="MaxVmPu">Highest bus voltage, p.u.</param>
public readonly record struct TimeSeriesStep(PowerFlowStatus Status, int Iterations, double LossKw, double MinVmPu, double MaxVmPu);
