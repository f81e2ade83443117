using EnergyCoSim.Simulation.Results;
using ScottPlot;

namespace EnergyCoSim.Reporting;

/// <summary>Economic efficiency (2×2) from the §9.4 market metrics: prices, price quality, surplus, volume. 1600×1200 px.</summary>
public static class EconomicEfficiencyFigure
{
    /// <summary>File name.</summary>
    public const string Name = "economic_efficiency_metrics";

    /// <summary>Renders the figure.</summary>
    public static Figure Render(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var m = result.Market;
        var dso = result.Dso;
        const string caption = "Mean trade price against the DSO's feed-in and utility averages (a local price between them benefits both sides), price volatility/liquidity/concentration, the surplus split, and traded volume.";
        var title = $"Economic Efficiency — {result.Scenario}";
        if (m.TransactionCount == 0)
        {
            return FigureCanvas.Grid(Name, title, caption, 1, 1, [FigureCanvas.NoData("Economic efficiency", "trade")]);
        }

        var prices = MetricBars.Plot("Prices", "Price (USD/MWh)",
        [
            ("Feed-in avg", dso.DsoBuyPriceAverage, Colors.Gray),
            ("Mean trade", m.AverageClearingPrice, ReportColors.Price),
            ("Local (P2P) avg", dso.LocalPriceAverage, ReportColors.Volume),
            ("Utility avg", dso.DsoSellPriceAverage, Colors.DimGray),
        ], "0.#");
        var quality = MetricBars.Plot("Price quality and structure", "Index",
        [
            ("Volatility (CV)", m.PriceVolatility, ReportColors.Dso),
            ("Liquidity", m.MarketLiquidity, ReportColors.Volume),
            ("Concentration (HHI)", m.MarketConcentration, Colors.Orange),
        ]);
        var surplus = MetricBars.Plot("Surplus", "Money (USD)",
        [
            ("Consumer", m.ConsumerSurplus, ReportColors.Buyer),
            ("Producer", m.ProducerSurplus, ReportColors.Seller),
            ("Social welfare", m.SocialWelfare, Colors.SlateGray),
        ], "0.##");
        var volume = MetricBars.Plot("Volume", "Energy (kWh) / trades (count)",
        [
            ("Volume (kWh)", m.TotalTradingVolume, ReportColors.Volume),
            ("Trades", m.TransactionCount, ReportColors.Price),
            ("Avg trade (kWh)", m.AverageTradeSize, Colors.Orange),
        ], "0.#");
        return FigureCanvas.Grid(Name, title, caption, 2, 2, [prices, quality, surplus, volume]);
    }
}
