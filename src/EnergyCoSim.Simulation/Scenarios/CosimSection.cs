namespace EnergyCoSim.Simulation.Scenarios;

/// <summary>Optional co-simulation of the market with a feeder (power flow and DSO control); read by <c>energycosim cosim</c>.</summary>
public sealed class CosimSection
{
    /// <summary>The embedded power flow: feeder and agent placement.</summary>
    public PowerFlowSection PowerFlow { get; init; } = new();

    /// <summary>The DSO's voltage band, loading limit and dead band.</summary>
    public GridOperatorSection GridOperator { get; init; } = new();

    /// <summary>Extra connections (units are checked on both ends).</summary>
    public List<ConnectionSection> Connections { get; init; } = [];

    /// <summary>Scheduled events (a line out of service, a limit change) applied at the start of an interval.</summary>
    public List<EventSection> Events { get; init; } = [];

    /// <summary>Coupling algorithm settings.</summary>
    public AlgorithmSection Algorithm { get; init; } = new();
}
