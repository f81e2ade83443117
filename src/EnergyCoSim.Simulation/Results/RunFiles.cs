namespace EnergyCoSim.Simulation.Results;

/// <summary>File names and CSV headers of a run directory (docs/run-output.md).</summary>
public static class RunFiles
{
    /// <summary>Per-step market record of a scenario.</summary>
    public const string MarketSteps = "market_steps.csv";

    /// <summary>Every trade of a scenario.</summary>
    public const string Trades = "trades.csv";

    /// <summary>One row per agent per step.</summary>
    public const string Agents = "agents.csv";

    /// <summary>Scenario summary (per scenario folder) or run summary (run root).</summary>
    public const string Summary = "summary.json";

    /// <summary>Learning curves of a training run.</summary>
    public const string LearningCurves = "learning_curves.csv";

    /// <summary>Per-interval grid record of a coupled scenario (<c>cosim</c>).</summary>
    public const string Coupling = "coupling.csv";

    /// <summary>Every bus voltage per interval of a coupled scenario, pu.</summary>
    public const string GridVoltages = "grid_voltages.csv";

    /// <summary>Every branch loading per interval of a coupled scenario, %.</summary>
    public const string GridLoadings = "grid_loadings.csv";

    /// <summary>Feeder, voltage band, bus ids and branch names of a coupled scenario.</summary>
    public const string Grid = "grid.json";

    /// <summary>Header of <see cref="Coupling"/>.</summary>
    public static IReadOnlyList<string> CouplingHeader { get; } =
    [
        "step", "iterations", "converged", "v_min_pu", "v_max_pu", "worst_bus", "max_loading_pct", "losses_kw", "violations", "curtailed_kwh",
        "clearing_price_usd_per_mwh", "p2p_volume_kwh",
    ];

    /// <summary>Header of <see cref="MarketSteps"/>.</summary>
    public static IReadOnlyList<string> MarketStepsHeader { get; } =
    [
        "episode", "step", "clearing_price_usd_per_mwh", "clearing_volume_kwh", "p2p_volume_kwh", "dso_buy_volume_kwh",
        "dso_sell_volume_kwh", "grid_balance_kwh", "grid_congestion", "feed_in_tariff_usd_per_mwh", "utility_price_usd_per_mwh",
        "local_price_avg_usd_per_mwh", "local_price_advantage_usd_per_mwh", "unmatched_orders", "trade_count",
    ];

    /// <summary>Header of <see cref="Trades"/>.</summary>
    public static IReadOnlyList<string> TradesHeader { get; } =
    [
        "episode", "step", "buyer", "seller", "price_usd_per_mwh", "quantity_kwh", "timestamp", "stage", "distance_km", "loss_kwh", "fees_usd",
    ];

    /// <summary>Header of <see cref="Agents"/>.</summary>
    public static IReadOnlyList<string> AgentsHeader { get; } =
    [
        "episode", "step", "agent", "generation_kwh", "demand_kwh", "bought_kwh", "sold_kwh", "charge_kwh", "discharge_kwh",
        "curtailed_kwh", "unserved_kwh", "soc", "energy_level_kwh", "cash_usd", "reward", "reputation",
    ];

    /// <summary>Header of <see cref="LearningCurves"/>.</summary>
    public static IReadOnlyList<string> LearningCurvesHeader { get; } =
        ["algorithm", "mode", "iteration", "mean_reward", "min_reward", "max_reward"];
}
