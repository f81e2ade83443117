namespace EnergyCoSim.Market.Orders;

/// <summary>The matching stage that produced a trade (spec §3.6).</summary>
public enum TradeStage
{
    /// <summary>Stage 1a: an order that asked for the DSO as partner, settled at the DSO tariff.</summary>
    DsoPreference,

    /// <summary>Stage 1b: a mutual peer-to-peer preference pair.</summary>
    PeerPreference,

    /// <summary>Stage 2: price–priority double auction.</summary>
    DoubleAuction,

    /// <summary>Stage 3: DSO fallback for what remained unmatched.</summary>
    DsoFallback,
}
