using EnergyCoSim.Core.Components;

namespace EnergyCoSim.Composition;

/// <summary>
/// Components added to a market–grid coupling: sources stepped before the market (profiles), devices stepped after
/// it (gains, FMUs) in the given order, extra bus injections (summed with the market's per bus) and connections.
/// </summary>
public sealed record CouplingAttachments
{
    /// <summary>Stepped before the market (their outputs feed it in the same interval).</summary>
    public IReadOnlyList<ICoSimComponent> Sources { get; init; } = [];

    /// <summary>Stepped after the market and before the summing points and the power flow, in this order.</summary>
    public IReadOnlyList<ICoSimComponent> Devices { get; init; } = [];

    /// <summary>Extra injections per bus; a bus with any gets a summing point <c>sum_bus_&lt;id&gt;</c> in front of the power flow.</summary>
    public IReadOnlyList<BusInjection> BusInjections { get; init; } = [];

    /// <summary>Connections with a gain; each gets a one-term summing point <c>gain_&lt;i&gt;</c> stepped after the market, before the devices.</summary>
    public IReadOnlyList<GainConnection> Gains { get; init; } = [];
}
