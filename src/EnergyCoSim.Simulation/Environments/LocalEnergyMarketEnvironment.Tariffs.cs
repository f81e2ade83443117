using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Units;

namespace EnergyCoSim.Simulation.Environments;

/// <content>Price signals from outside (a co-simulation master): the DSO tariffs of the coming interval.</content>
public sealed partial class LocalEnergyMarketEnvironment
{
    /// <summary>
    /// Replaces the DSO's feed-in tariff and/or utility price of the interval the next <see cref="Step"/> clears
    /// (USD/MWh; null keeps the scenario's). Strategies that read the tariffs see the override in that interval.
    /// </summary>
    /// <remarks>
    /// In-memory snapshots keep overrides (they are part of the DSO's state); the replayed byte state
    /// (<see cref="SerializeState()"/>) does not carry them yet, so callers that need them restored keep their own log.
    /// </remarks>
    public void OverrideCurrentTariffs(PriceUsdPerMWh? feedIn, PriceUsdPerMWh? utility)
    {
        RequireReset("override tariffs");
        if (_done)
        {
            throw new InvalidStateException("environment", "override tariffs", "episode ended", "a running episode");
        }

        _dso.OverrideTariffs(_step, feedIn, utility);
    }
}
