using System.Text.Json;
using EnergyCoSim.Market.Matching;
using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Cli.Market;

/// <summary>Writes a <see cref="MatchingResult"/> as indented JSON with units in the field names.</summary>
internal static class ClearingReportWriter
{
    public static string Write(MatchingResult result, string mechanism)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("step", result.Step);
            w.WriteString("mechanism", mechanism);
            w.WriteNumber("reference_price_usd_per_mwh", result.ReferencePrice.Value);
            w.WriteNumber("clearing_price_usd_per_mwh", result.ClearingPrice.Value);
            w.WriteNumber("clearing_volume_kwh", result.ClearingVolume.Value);
            w.WriteNumber("p2p_volume_kwh", result.P2PVolume.Value);
            w.WriteNumber("dso_buy_volume_kwh", result.DsoBuyVolume.Value);
            w.WriteNumber("dso_sell_volume_kwh", result.DsoSellVolume.Value);
            w.WriteNumber("dso_total_volume_kwh", result.DsoTotalVolume.Value);
            w.WriteNumber("dso_trade_ratio", result.DsoTradeRatio);
            w.WriteNumber("dso_grid_import_kwh", result.DsoGridImport.Value);
            w.WriteNumber("dso_buy_price_usd_per_mwh", result.DsoBuyPrice.Value);
            w.WriteNumber("dso_sell_price_usd_per_mwh", result.DsoSellPrice.Value);
            w.WriteNumber("price_spread_usd_per_mwh", result.PriceSpread.Value);
            w.WriteNumber("local_price_avg_usd_per_mwh", result.LocalPriceAverage.Value);
            w.WriteNumber("local_price_advantage_usd_per_mwh", result.LocalPriceAdvantage.Value);
            w.WriteNumber("grid_balance_kwh", result.GridBalance.Value);
            w.WriteNumber("grid_congestion", result.GridCongestion);
            w.WriteNumber("transmission_losses_kwh", result.TransmissionLosses.Value);
            w.WriteNumber("fees_usd", result.Fees.Value);
            w.WriteStartArray("trades");
            foreach (var t in result.Trades)
            {
                WriteTrade(w, t);
            }

            w.WriteEndArray();
            w.WriteStartArray("accounts");
            foreach (var (id, s) in result.Settlement.Agents.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                w.WriteStartObject();
                w.WriteString("agent", id);
                w.WriteNumber("sold_kwh", s.Sold.Value);
                w.WriteNumber("received_kwh", s.Received.Value);
                w.WriteNumber("cash_usd", s.Cash.Value);
                w.WriteNumber("fees_paid_usd", s.FeesPaid.Value);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("dso_cash_usd", result.Settlement.Dso.Cash.Value);
            w.WriteNumber("fees_collected_usd", result.Settlement.FeesCollected.Value);
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteTrade(Utf8JsonWriter w, Trade t)
    {
        w.WriteStartObject();
        w.WriteString("buyer", t.BuyerId);
        w.WriteString("seller", t.SellerId);
        w.WriteString("stage", StageName(t.Stage));
        w.WriteNumber("price_usd_per_mwh", t.Price.Value);
        w.WriteNumber("quantity_kwh", t.Quantity.Value);
        w.WriteNumber("value_usd", t.Value.Value);
        w.WriteNumber("distance_km", t.DistanceKm);
        w.WriteNumber("loss_kwh", t.TransmissionLoss.Value);
        w.WriteNumber("fees_usd", t.Fees.Value);
        w.WriteNumber("timestamp", t.Timestamp);
        w.WriteEndObject();
    }

    private static string StageName(TradeStage stage) => stage switch
    {
        TradeStage.DsoPreference => "dso_preference",
        TradeStage.PeerPreference => "peer_preference",
        TradeStage.DoubleAuction => "double_auction",
        _ => "dso_fallback",
    };
}
