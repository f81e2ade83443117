using EnergyCoSim.Core.Units;
using EnergyCoSim.Market.Orders;
using EnergyCoSim.Market.Settlement;

namespace EnergyCoSim.Market.Matching;

/// <summary>Everything one market interval produced (spec §3.4 / §3.6 steps 9–11, with EnergyCoSim's corrections).</summary>
/// <param name="Step">Market interval index.</param>
/// <param name="Trades">Stage 1a DSO, stage 1b P2P, stage 2 P2P, stage 3 DSO, in that order.</param>
/// <param name="UnmatchedOrders">Orders left without a counterparty; always empty because the DSO takes every residual.</param>
/// <param name="ReferencePrice">The reference price m the pricing rules used.</param>
/// <param name="ClearingPrice">Volume-weighted price over all trades (DSO included); the DSO mid price when nothing traded.</param>
/// <param name="ClearingVolume">Σ quantity over all trades.</param>
/// <param name="DsoBuyVolume">Energy the DSO bought (stage 1a and 3).</param>
/// <param name="DsoSellVolume">Energy the DSO sold (stage 1a and 3).</param>
/// <param name="DsoTotalVolume">DSO buy + sell volume.</param>
/// <param name="P2PVolume">Σ quantity of peer-to-peer trades.</param>
/// <param name="DsoTradeRatio">DSO volume / (DSO + P2P volume), 0 when nothing traded.</param>
/// <param name="DsoGridImport">DSO sell − buy volume.</param>
/// <param name="DsoBuyPrice">Feed-in tariff in force.</param>
/// <param name="DsoSellPrice">Utility price in force.</param>
/// <param name="PriceSpread">Utility price − feed-in tariff.</param>
/// <param name="LocalPriceAverage">Volume-weighted P2P price (0 without P2P trades).</param>
/// <param name="LocalPriceAdvantage">DSO mid price − local average (0 without P2P trades).</param>
/// <param name="GridBalance">Carried-in balance + DSO energy sold − bought in this interval.</param>
/// <param name="GridCongestion">Mean edge loading after matching (0–1).</param>
/// <param name="TransmissionLosses">Energy lost in P2P transport.</param>
/// <param name="Fees">Network fees of the P2P trades.</param>
/// <param name="Settlement">Cash and energy per participant.</param>
public sealed record MatchingResult(
    int Step,
    IReadOnlyList<Trade> Trades,
    IReadOnlyList<Order> UnmatchedOrders,
    PriceUsdPerMWh ReferencePrice,
    PriceUsdPerMWh ClearingPrice,
    EnergyKWh ClearingVolume,
    EnergyKWh DsoBuyVolume,
    EnergyKWh DsoSellVolume,
    EnergyKWh DsoTotalVolume,
    EnergyKWh P2PVolume,
    double DsoTradeRatio,
    EnergyKWh DsoGridImport,
    PriceUsdPerMWh DsoBuyPrice,
    PriceUsdPerMWh DsoSellPrice,
    PriceUsdPerMWh PriceSpread,
    PriceUsdPerMWh LocalPriceAverage,
    PriceUsdPerMWh LocalPriceAdvantage,
    EnergyKWh GridBalance,
    double GridCongestion,
    EnergyKWh TransmissionLosses,
    MoneyUsd Fees,
    SettlementStatement Settlement);
