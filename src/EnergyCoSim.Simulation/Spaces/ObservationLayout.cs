namespace EnergyCoSim.Simulation.Spaces;

/// <summary>
/// The observation vector of one agent (spec §8.3): 42 named values plus one reputation per agent when partner
/// preference is on. Bounds do not depend on random profiles, so they hold for every episode.
/// </summary>
public sealed class ObservationLayout
{
    /// <summary>Number of values without the reputations.</summary>
    public const int BaseSize = 42;

    /// <summary>Index of the first KPI.</summary>
    public const int KpiOffset = 32;

    /// <summary>Names of the 42 base values in order.</summary>
    public static readonly IReadOnlyList<string> BaseNames =
    [
        "current_step", "time_of_day", "clearing_price", "clearing_volume", "grid_balance", "dso_buy_volume", "dso_sell_volume",
        "dso_total_volume", "p2p_volume", "dso_trade_ratio", "dso_grid_import", "feed_in_tariff", "utility_price", "local_price_avg",
        "price_spread", "local_price_advantage", "generation", "demand", "cumulative_demand_satisfied", "cumulative_demand_deferred",
        "remaining_demand", "cumulative_supply_satisfied", "cumulative_supply_deferred", "remaining_supply", "cash", "reputation",
        "battery_energy", "battery_soc", "battery_available_charge", "battery_available_discharge", "battery_cumulative_charge",
        "battery_cumulative_discharge", "social_welfare", "market_liquidity", "avg_bid_ask_spread", "price_volatility",
        "supply_demand_imbalance", "grid_congestion", "coordination_score", "coordination_convergence", "der_self_consumption",
        "flexibility_utilization",
    ];

    private const double MaxSafe = 1e5;

    /// <summary>Builds the layout for one agent.</summary>
    public ObservationLayout(ObservationBoundsInput input)
    {
        var n = input.AgentCount;
        var qmax = input.MaxQuantity * n;
        var c = input.GridCapacityKW;
        var steps = input.MaxSteps;
        var demandSum = input.MaxQuantity * steps;
        var supplySum = Math.Max(input.CapacityKW, input.MaxQuantity) * steps;
        var bat = input.BatteryCapacityKWh;
        var low = new double[BaseSize + (input.PartnerPreference ? n : 0)];
        var high = new double[low.Length];
        void Set(int i, double lo, double hi)
        {
            low[i] = Math.Max(-MaxSafe, lo);
            high[i] = Math.Min(MaxSafe, hi);
        }

        Set(0, 0, steps);
        Set(1, 0, 1);
        Set(2, input.MinPrice, input.MaxPrice);
        Set(3, input.MinQuantity, qmax);
        Set(4, -c, c);
        Set(5, 0, qmax);
        Set(6, 0, qmax);
        Set(7, 0, 2 * qmax);
        Set(8, 0, qmax);
        Set(9, 0, 1);
        Set(10, -c, c);
        Set(11, input.MinPrice, input.MaxPrice);
        Set(12, input.MinPrice, input.MaxPrice);
        Set(13, input.MinPrice, input.MaxPrice);
        Set(14, 0, input.MaxPrice);
        Set(15, -input.MaxPrice, input.MaxPrice);
        Set(16, 0, Math.Max(input.CapacityKW, input.MaxQuantity));
        Set(17, 0, input.MaxQuantity);
        for (var i = 18; i <= 20; i++)
        {
            Set(i, 0, demandSum);
        }

        for (var i = 21; i <= 23; i++)
        {
            Set(i, 0, supplySum);
        }

        Set(24, -MaxSafe, MaxSafe);
        Set(25, 0, 1);
        Set(26, 0, bat);
        Set(27, 0, bat > 0 ? 1 : 0);
        Set(28, 0, bat);
        Set(29, 0, bat);
        Set(30, 0, steps * bat);
        Set(31, 0, steps * bat);
        Set(32, 0, input.MaxPrice * qmax / 1000.0);
        Set(33, 0, qmax);
        Set(34, -input.MaxPrice, input.MaxPrice);
        Set(35, 0, input.MaxPrice);
        for (var i = 36; i < BaseSize; i++)
        {
            Set(i, 0, 1);
        }

        for (var i = BaseSize; i < low.Length; i++)
        {
            Set(i, 0, 1);
        }

        Low = low;
        High = high;
    }

    /// <summary>Number of values.</summary>
    public int Size => Low.Count;

    /// <summary>Lower bounds (informative; observations are not clipped).</summary>
    public IReadOnlyList<double> Low { get; }

    /// <summary>Upper bounds (informative; observations are not clipped).</summary>
    public IReadOnlyList<double> High { get; }

    /// <summary>Name of value <paramref name="index"/> (reputations are <c>reputation[k]</c>).</summary>
    public static string NameOf(int index) => index < BaseSize ? BaseNames[index] : $"reputation[{index - BaseSize}]";
}
