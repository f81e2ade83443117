namespace EnergyCoSim.Simulation.Results;

/// <summary>One market interval of a market–grid coupled run as the run directory stores it (after the DSO's last re-clearing).</summary>
/// <param name="Step">Zero-based market interval.</param>
/// <param name="Iterations">Market clearings at this interval (1 = feasible at once).</param>
/// <param name="Converged">False when the iteration cap was hit before the DSO's limits settled.</param>
/// <param name="VMinPu">Lowest bus voltage, pu.</param>
/// <param name="VMaxPu">Highest bus voltage, pu.</param>
/// <param name="WorstBus">Bus farthest outside (or nearest to leaving) the voltage band; −1 when none.</param>
/// <param name="MaxLoadingPct">Highest branch loading, % of rating.</param>
/// <param name="LossesKw">Network losses from the power flow, kW.</param>
/// <param name="Violations">Voltage and loading violations left after the last clearing.</param>
/// <param name="CurtailedKwh">Generation curtailed and demand shed by the DSO's limits, kWh.</param>
/// <param name="ClearingPriceUsdPerMWh">Clearing price, USD/MWh.</param>
/// <param name="P2PVolumeKwh">Peer-to-peer volume, kWh.</param>
/// <param name="VoltagesPu">Voltage of every feeder bus in case order (<see cref="GridCouplingResult.BusIds"/>), pu.</param>
/// <param name="LoadingsPct">Loading of every branch in case order (<see cref="GridCouplingResult.Branches"/>), %.</param>
public sealed record GridStepRecord(
    int Step,
    int Iterations,
    bool Converged,
    double VMinPu,
    double VMaxPu,
    int WorstBus,
    double MaxLoadingPct,
    double LossesKw,
    int Violations,
    double CurtailedKwh,
    double ClearingPriceUsdPerMWh,
    double P2PVolumeKwh,
    IReadOnlyList<double> VoltagesPu,
    IReadOnlyList<double> LoadingsPct);
