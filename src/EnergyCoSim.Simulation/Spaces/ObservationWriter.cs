using EnergyCoSim.Simulation.Analytics;

namespace EnergyCoSim.Simulation.Spaces;

/// <summary>Writes observations in the layout of <see cref="ObservationLayout"/> without allocating.</summary>
public static class ObservationWriter
{
    /// <summary>
    /// Writes one agent's observation after a step (<paramref name="last"/> non-null) or at reset (null: market values
    /// start at their lower bounds and the first interval's tariffs, as in MARLEM's reset).
    /// </summary>
    public static void Write(
        Span<float> destination,
        int stepAfter,
        double timeOfDay,
        MarketStepRecord? last,
        double feedInTariff,
        double utilityPrice,
        double minPrice,
        double minQuantity,
        in AgentObservationInput agent,
        CooperationKpis? kpis,
        ReadOnlySpan<double> reputations)
    {
        destination[..ObservationLayout.BaseSize].Clear();
        destination[0] = stepAfter;
        destination[1] = (float)timeOfDay;
        if (last is null)
        {
            destination[2] = (float)minPrice;
            destination[3] = (float)minQuantity;
            destination[11] = (float)feedInTariff;
            destination[12] = (float)utilityPrice;
        }
        else
        {
            var total = last.P2PVolume + last.DsoTotalVolume;
            destination[2] = (float)last.ClearingPrice;
            destination[3] = (float)last.ClearingVolume;
            destination[4] = (float)last.GridBalance;
            destination[5] = (float)last.DsoBuyVolume;
            destination[6] = (float)last.DsoSellVolume;
            destination[7] = (float)last.DsoTotalVolume;
            destination[8] = (float)last.P2PVolume;
            destination[9] = total > 0 ? (float)(last.DsoTotalVolume / total) : 0;
            destination[10] = (float)last.DsoGridImport;
            destination[11] = (float)last.FeedInTariff;
            destination[12] = (float)last.UtilityPrice;
            destination[13] = (float)last.LocalPriceAverage;
            destination[14] = (float)(last.UtilityPrice - last.FeedInTariff);
            destination[15] = (float)last.LocalPriceAdvantage;
        }

        destination[16] = (float)agent.GenerationKWh;
        destination[17] = (float)agent.DemandKWh;
        destination[18] = (float)agent.CumulativeDemandSatisfiedKWh;
        destination[19] = (float)agent.CumulativeDemandDeferredKWh;
        destination[20] = (float)agent.RemainingDemandKWh;
        destination[21] = (float)agent.CumulativeSupplySatisfiedKWh;
        destination[22] = (float)agent.CumulativeSupplyDeferredKWh;
        destination[23] = (float)agent.RemainingSupplyKWh;
        destination[24] = (float)agent.CashUsd;
        destination[25] = (float)agent.Reputation;
        destination[26] = (float)agent.BatteryEnergyKWh;
        destination[27] = (float)agent.BatterySoc;
        destination[28] = (float)agent.AvailableChargeKWh;
        destination[29] = (float)agent.AvailableDischargeKWh;
        destination[30] = (float)agent.CumulativeChargeKWh;
        destination[31] = (float)agent.CumulativeDischargeKWh;
        if (kpis is not null)
        {
            var k = ObservationLayout.KpiOffset;
            destination[k] = (float)kpis.SocialWelfare;
            destination[k + 1] = (float)kpis.MarketLiquidity;
            destination[k + 2] = (float)kpis.AverageBidAskSpread;
            destination[k + 3] = (float)kpis.PriceVolatility;
            destination[k + 4] = (float)kpis.SupplyDemandImbalance;
            destination[k + 5] = (float)kpis.GridCongestion;
            destination[k + 6] = (float)kpis.CoordinationScore;
            destination[k + 7] = (float)kpis.CoordinationConvergence;
            destination[k + 8] = (float)kpis.DerSelfConsumption;
            destination[k + 9] = (float)kpis.FlexibilityUtilization;
        }

        for (var i = 0; i < reputations.Length && ObservationLayout.BaseSize + i < destination.Length; i++)
        {
            destination[ObservationLayout.BaseSize + i] = (float)reputations[i];
        }
    }
}
