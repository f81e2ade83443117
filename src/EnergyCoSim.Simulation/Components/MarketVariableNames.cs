namespace EnergyCoSim.Simulation.Components;

/// <summary>
/// Variable names of <see cref="MarketComponent"/> (also used by the gRPC service, the FMU export and the mosaik
/// endpoint). Per-agent names are <c>&lt;agent id&gt;.&lt;suffix&gt;</c>, per-bus names <c>bus_&lt;node id&gt;.&lt;suffix&gt;</c>.
/// </summary>
public static class MarketVariableNames
{
    /// <summary>Input, kW: the agent's PV generation this interval (NaN = the profile value).</summary>
    public const string GenerationKw = "generation_kw";

    /// <summary>Input, kW: the agent's demand this interval (NaN = the profile value).</summary>
    public const string DemandKw = "demand_kw";

    /// <summary>Input, kW: the DSO's export limit for the agent this interval (NaN = none; curtails generation).</summary>
    public const string ExportLimitKw = "export_limit_kw";

    /// <summary>Input, kW: the DSO's import limit for the agent this interval (NaN = none; sheds demand).</summary>
    public const string ImportLimitKw = "import_limit_kw";

    /// <summary>Agent input, USD/MWh: the DSO's grid fee on the agent's P2P trades this interval (NaN or 0 = none).</summary>
    public const string NetworkFeeUsdPerMWh = "network_fee_usd_per_mwh";

    /// <summary>Agent output, USD/MWh: the grid fee applied in the last interval (0 = none).</summary>
    public const string AppliedNetworkFeeUsdPerMWh = "applied_network_fee_usd_per_mwh";

    /// <summary>Output, kW: net active injection into the grid (sold − bought over the interval).</summary>
    public const string PKw = "p_kw";

    /// <summary>Output, kvar: net reactive injection (unity power factor: 0).</summary>
    public const string QKvar = "q_kvar";

    /// <summary>Output, 1: battery state of charge (0 without battery).</summary>
    public const string Soc = "soc";

    /// <summary>Output, kWh: energy bought in the last interval.</summary>
    public const string BoughtKwh = "bought_kwh";

    /// <summary>Output, kWh: energy sold in the last interval.</summary>
    public const string SoldKwh = "sold_kwh";

    /// <summary>Output, kWh: generation the DSO's export limit curtailed in the last interval.</summary>
    public const string LimitedKwh = "dso_limited_kwh";

    /// <summary>Output, kW: the export limit applied in the last interval (<see cref="Unlimited"/> when none).</summary>
    public const string AppliedExportLimitKw = "applied_export_limit_kw";

    /// <summary>Output, kW: the import limit applied in the last interval (<see cref="Unlimited"/> when none).</summary>
    public const string AppliedImportLimitKw = "applied_import_limit_kw";

    /// <summary>The finite value (kW) that stands for "no limit" in limit outputs, so iterative coupling can compare it.</summary>
    public const double Unlimited = 1e9;

    /// <summary>Output, USD: the agent's cash (profit) since the episode began.</summary>
    public const string CashUsd = "cash_usd";

    /// <summary>Output, USD/MWh: clearing price of the last interval.</summary>
    public const string ClearingPrice = "clearing_price";

    /// <summary>Output, kWh: cleared volume of the last interval.</summary>
    public const string ClearingVolumeKwh = "clearing_volume_kwh";

    /// <summary>Output, kWh: peer-to-peer volume of the last interval.</summary>
    public const string P2PVolumeKwh = "p2p_volume_kwh";

    /// <summary>Output, kWh: energy the DSO bought in the last interval.</summary>
    public const string DsoBuyKwh = "dso_buy_kwh";

    /// <summary>Output, kWh: energy the DSO sold in the last interval.</summary>
    public const string DsoSellKwh = "dso_sell_kwh";

    /// <summary>Output, 1: index of the next market interval to clear.</summary>
    public const string Interval = "interval";

    /// <summary>Agent input, 1: 1 = battery in service, 0 = failed.</summary>
    public const string BatteryInService = "battery_in_service";

    /// <summary>Market input: DSO feed-in tariff of the coming interval, USD/MWh (NaN = the scenario's).</summary>
    public const string DsoFeedInUsdPerMWh = "dso.feed_in_usd_per_mwh";

    /// <summary>Market input: DSO utility price of the coming interval, USD/MWh (NaN = the scenario's).</summary>
    public const string DsoUtilityUsdPerMWh = "dso.utility_usd_per_mwh";

    /// <summary>The name of an agent variable, e.g. <c>p01.p_kw</c>.</summary>
    public static string Agent(string agentId, string suffix) => agentId + "." + suffix;

    /// <summary>The name of a bus variable, e.g. <c>bus_840.p_kw</c>.</summary>
    public static string Bus(string nodeId, string suffix) => "bus_" + nodeId + "." + suffix;
}
