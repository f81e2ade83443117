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
        // Indexed loops over the histories (they are not List<T>, so LINQ's Skip would walk from the start): the
        // volatility still reads every price so far, O(t) per step, but without allocating or enumerating twice.
        var pool = System.Buffers.ArrayPool<double>.Shared;
        var positive = pool.Rent(Math.Max(1, clearingPrices.Count));
        var positiveCount = 0;
        for (var i = 0; i < clearingPrices.Count; i++)
        {
            if (clearingPrices[i] > 0)
            {
                positive[positiveCount++] = clearingPrices[i];
            }
        }

        var volatility = positiveCount >= 2 ? SeriesStatistics.StdDev(positive.AsSpan(0, positiveCount)) : 0;
        pool.Return(positive);
        var convergence = 0.0;
        var n = clearingVolumes.Count;
        if (n > 2)
        {
            ReadOnlySpan<double> last = [clearingVolumes[n - 3], clearingVolumes[n - 2], clearingVolumes[n - 1]];
            var mean = SeriesStatistics.Mean(last);
            convergence = mean > 0 ? Math.Max(0, 1 - Math.Min(1, SeriesStatistics.StdDev(last) / mean)) : 0;
        }

        return new CooperationKpis
        {
            SocialWelfare = welfare,
            MarketLiquidity = volume,
            AverageBidAskSpread = buyPrices.Length > 0 && sellPrices.Length > 0 ? buyPrices.Average() - sellPrices.Average() : 0,
            PriceVolatility = volatility,
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
