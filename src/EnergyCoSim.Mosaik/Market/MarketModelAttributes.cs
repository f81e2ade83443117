using N = EnergyCoSim.Simulation.Components.MarketVariableNames;

namespace EnergyCoSim.Mosaik.Market;

/// <summary>
/// Model and attribute names of the mosaik market model. Agent attributes are the market component's variable
/// suffixes (units in the names: kW, kWh, USD); the market results carry their unit in mosaik's name too.
/// </summary>
public static class MarketModelAttributes
{
    /// <summary>The market entity (public; one per simulator).</summary>
    public const string MarketModel = "Market";

    /// <summary>An agent without a battery: a scenario agent (child of the market) or created with <c>market=&lt;eid&gt;</c>.</summary>
    public const string ProsumerModel = "Prosumer";

    /// <summary>An agent with a battery: a scenario agent (child of the market) or created with <c>market=&lt;eid&gt;</c>.</summary>
    public const string BatteryModel = "Battery";

    /// <summary>Output, USD/MWh: clearing price of the last interval (on the market and on every agent).</summary>
    public const string ClearingPrice = "clearing_price_usd_per_mwh";

    /// <summary>Inputs of every agent (kW; summed over sources; none in a step = the scenario's profile or no limit).</summary>
    public static readonly string[] AgentInputs = [N.GenerationKw, N.DemandKw, N.ExportLimitKw, N.ImportLimitKw];

    /// <summary>Outputs of every agent from its own variables.</summary>
    public static readonly string[] AgentOutputs = [N.PKw, N.QKvar, N.BoughtKwh, N.SoldKwh, N.CashUsd, N.LimitedKwh, N.AppliedExportLimitKw, N.AppliedImportLimitKw];

    /// <summary>Market results, on the market entity and mirrored on every agent.</summary>
    public static readonly string[] MarketResults = [ClearingPrice, N.ClearingVolumeKwh, N.P2PVolumeKwh, N.DsoBuyKwh, N.DsoSellKwh];

    /// <summary>The market variable behind each market result attribute.</summary>
    internal static readonly Dictionary<string, string> MarketVariableOf = new(StringComparer.Ordinal)
    {
        [ClearingPrice] = N.ClearingPrice,
        [N.ClearingVolumeKwh] = N.ClearingVolumeKwh,
        [N.P2PVolumeKwh] = N.P2PVolumeKwh,
        [N.DsoBuyKwh] = N.DsoBuyKwh,
        [N.DsoSellKwh] = N.DsoSellKwh,
        [N.Interval] = N.Interval,
    };

    /// <summary>Attributes of the market entity.</summary>
    public static IReadOnlyList<string> Market { get; } = [.. MarketResults, N.Interval];

    /// <summary>Attributes of a prosumer without battery.</summary>
    public static IReadOnlyList<string> Prosumer { get; } = [.. AgentInputs, .. AgentOutputs, .. MarketResults];

    /// <summary>Attributes of a prosumer with battery (adds the state of charge, 0–1).</summary>
    public static IReadOnlyList<string> Battery { get; } = [.. AgentInputs, .. AgentOutputs, N.Soc, .. MarketResults];
}
