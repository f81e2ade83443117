using EnergyCoSim.Market.Configuration;
using EnergyCoSim.Market.Pricing;

namespace EnergyCoSim.Simulation.Environments;

/// <content>Switching the clearing mechanism between intervals (e.g. a mosaik extra method or an experiment's setting).</content>
public sealed partial class LocalEnergyMarketEnvironment
{
    /// <summary>The clearing mechanism the next interval is priced with.</summary>
    public ClearingMechanism ClearingMechanism => _matcherConfig.Mechanism;

    /// <summary>
    /// Prices every interval from the next one on with <paramref name="mechanism"/>; the matching history is kept.
    /// Stays in effect across <see cref="Reset"/> and <see cref="Restore"/> (snapshots do not record it).
    /// </summary>
    public void SetClearingMechanism(ClearingMechanism mechanism)
    {
        if (mechanism == _matcherConfig.Mechanism)
        {
            return;
        }

        var c = _matcherConfig;
        _matcherConfig = new MarketConfig(
            c.MinPrice.Value, c.MaxPrice.Value, c.MinQuantity.Value, c.MaxQuantity.Value, mechanism, c.BidAskFactor, c.LossFactor,
            c.BuyerFeeShare, c.FilledThreshold.Value, c.EnablePartnerPreference, c.LedgerDifficulty);
        _matcher?.Reconfigure(_matcherConfig);
    }
}
