using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Simulation.Analytics;

/// <summary>Computes <see cref="CooperationKpis"/> for one step (spec §7; social welfare as money, price · kWh / 1000).</summary>
public static class CooperationKpiCalculator
{
    /// <summary>KPIs of one step.</summary>
    /// <param name="orders">The step's orders.</param>
    /// <param name="trades">The step's trades.</param>
    /// <param name="gridCongestion">Mean edge congestion after matching.</param>
    /// <param name="clearingPrices">Clearing prices of every step so far, this one included (USD/MWh).</param>
    /// <param name="clearingVolumes">Clearing volumes of every step so far, this one included (kWh).</param>
    /// <param name="flexibleEnergyKWh">Σ over agents of max(0, G − D + available discharge) + max(0, D − G + available charge).</param>
    /// <param name="gridCapacityKW">Grid capacity used for normalisation.</param>
    public static CooperationKpis Compute(
        IReadOnlyList<Order> orders,
        IReadOnlyList<Trade> trades,
        double gridCapacityKW,
        double gridCongestion,
        IReadOnlyList<double> clearingPrices,
        IReadOnlyList<double> clearingVolumes,
        double flexibleEnergyKWh)
    {
        double welfare = 0, volume = 0, signedVolume = 0, local = 0;
        foreach (var t in trades)
        {
            welfare += t.Price.Value * Math.Abs(t.Quantity.Value) / 1000.0;
            volume += Math.Abs(t.Quantity.Value);
            signedVolume += t.Quantity.Value;
            if (!t.IsDsoTrade)
            {
                local += Math.Abs(t.Quantity.Value);
            }
        }

        var buyPrices = orders.Where(o => o.IsBuy).Select(o => o.Price.Value).ToArray();
        var sellPrices = orders.Where(o => !o.IsBuy).Select(o => o.Price.Value).ToArray();
        var positivePrices = clearingPrices.Where(p => p > 0).ToArray();
        var convergence = 0.0;
        if (clearingVolumes.Count > 2)
        {
            var last = clearingVolumes.Skip(clearingVolumes.Count - 3).ToArray();
            var mean = SeriesStatistics.Mean(last);
            convergence = mean > 0 ? Math.Max(0, 1 - Math.Min(1, SeriesStatistics.StdDev(last) / mean)) : 0;
        }

        return new CooperationKpis
        {
            SocialWelfare = welfare,
            MarketLiquidity = volume,
            AverageBidAskSpread = buyPrices.Length > 0 && sellPrices.Length > 0 ? buyPrices.Average() - sellPrices.Average() : 0,
            PriceVolatility = positivePrices.Length >= 2 ? SeriesStatistics.StdDev(positivePrices) : 0,
            SupplyDemandImbalance = Math.Min(1, Math.Abs(signedVolume) / gridCapacityKW),
            GridCongestion = SeriesStatistics.Clip(gridCongestion, 0, 1),
            CoordinationScore = SeriesStatistics.Clip(1 - (Math.Abs(signedVolume) / gridCapacityKW), 0, 1),
            CoordinationConvergence = convergence,
            DerSelfConsumption = volume > 0 ? local / volume : 0,
            FlexibilityUtilization = flexibleEnergyKWh > 0 ? local / flexibleEnergyKWh : 0,
        };
    }

    /// <summary>One agent's flexible energy for the flexibility KPI, kWh.</summary>
    public static double FlexibleEnergy(double generationKWh, double demandKWh, double availableChargeKWh, double availableDischargeKWh) =>
        Math.Max(0, generationKWh - demandKWh + availableDischargeKWh) + Math.Max(0, demandKWh - generationKWh + availableChargeKWh);
}
