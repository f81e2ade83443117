using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Units;
using EnergyCoSim.Market.Configuration;
using EnergyCoSim.Market.Dso;
using EnergyCoSim.Market.Orders;
using EnergyCoSim.Market.Pricing;
using EnergyCoSim.Market.Tests.TestSupport;
using static EnergyCoSim.Market.Tests.TestSupport.MarketFixtures;

namespace EnergyCoSim.Market.Tests.Matching;

public sealed class OrderMatcherTests
{
    [Theory]
    [InlineData(ClearingMechanism.Average, 0.5, 125)]
    [InlineData(ClearingMechanism.Buyer, 0.5, 150)]
    [InlineData(ClearingMechanism.Seller, 0.5, 100)]
    [InlineData(ClearingMechanism.BidAskSpread, 0.5, 125)]
    [InlineData(ClearingMechanism.BidAskSpread, 0.2, 110)]
    [InlineData(ClearingMechanism.NashBargaining, 0.5, 125)]
    [InlineData(ClearingMechanism.ProportionalSurplus, 0.5, 140)]
    public void MatchOrders_OneBuyOneSell_ClearsAtTheHandComputedPrice(ClearingMechanism mechanism, double k, double expected)
    {
        // FIT 40, UP 180 → reference m = 110 (no history). PROPORTIONAL_SURPLUS: 100 + 40/(40 + 10)·50 = 140.
        var matcher = Matcher(NewDso(40, 180), new MarketConfig(mechanism: mechanism, bidAskFactor: k));

        var result = matcher.MatchOrders(0, [Buy("a", 150, 10), Sell("b", 100, 10)]);

        var trade = Assert.Single(result.Trades);
        Assert.Equal(expected, trade.Price.Value, 12);
        Assert.Equal(expected, result.ClearingPrice.Value, 12);
        Assert.Equal(10, result.P2PVolume.Value);
        Assert.Equal(0, result.DsoTotalVolume.Value);
    }

    [Fact]
    public void MatchOrders_FiftyKWhFrom800To830_LosesThe13_607KWhOfTheSpec()
    {
        var matcher = Matcher(NewDso(40, 180, ScriptedTopology.Ieee34()));

        var result = matcher.MatchOrders(0, [Buy("a", 150, 50, "830"), Sell("b", 100, 50, "800")]);

        // 0.03 · 9.071 km · 50 kWh; the buyer still needs the lost 13.6065 kWh and buys it from the DSO.
        Assert.Equal(13.6065, result.Trades[0].TransmissionLoss.Value, 9);
        Assert.Equal(13.6065, result.Trades[1].Quantity.Value, 9);
        Assert.Equal(TradeStage.DsoFallback, result.Trades[1].Stage);
    }

    [Fact]
    public void MatchOrders_SecondInterval_UsesThePreviousClearingPriceAsReference()
    {
        var matcher = Matcher(NewDso(40, 180, steps: 2), new MarketConfig(mechanism: ClearingMechanism.ProportionalSurplus));
        matcher.MatchOrders(0, [Buy("a", 130, 10)]);

        // Interval 0 cleared at UP = 180 (DSO only); m = 180 lies above both limits → buyer surplus 0 → price s = 100.
        var result = matcher.MatchOrders(1, [Buy("a", 150, 10), Sell("b", 100, 10)]);

        Assert.Equal(180, result.ReferencePrice.Value);
        Assert.Equal(100, Assert.Single(result.Trades).Price.Value);
    }

    [Fact]
    public void MatchOrders_NoTrades_ClearingPriceIsTheDsoMid()
    {
        var result = Matcher(NewDso(40, 180)).MatchOrders(0, []);

        Assert.Equal(110, result.ClearingPrice.Value);
        Assert.Equal(0, result.ClearingVolume.Value);
        Assert.Equal(0, result.DsoTradeRatio);
    }

    [Fact]
    public void MatchOrders_DsoPreferringOrders_SettleFirstAtTariffsSellsBeforeBuys()
    {
        var matcher = Matcher(NewDso(40, 180), new MarketConfig(enablePartnerPreference: true));

        var result = matcher.MatchOrders(0, [Buy("a", 150, 10, partner: "DSO"), Sell("b", 100, 6, partner: "DSO"), Sell("c", 90, 4)]);

        Assert.Equal(
            [("DSO", "b", 40.0, 6.0, TradeStage.DsoPreference), ("a", "DSO", 180.0, 10.0, TradeStage.DsoPreference), ("DSO", "c", 40.0, 4.0, TradeStage.DsoFallback)],
            result.Trades.Select(t => (t.BuyerId, t.SellerId, t.Price.Value, t.Quantity.Value, t.Stage)));
        Assert.Equal(10 - 6 - 4, result.GridBalance.Value);
        Assert.Equal(10, result.DsoBuyVolume.Value);
        Assert.Equal(10, result.DsoSellVolume.Value);
    }

    [Fact]
    public void MatchOrders_MutualPreference_TradesBeforeAHigherOutsideBid()
    {
        var topology = ScriptedTopology.Ieee34();
        var matcher = Matcher(NewDso(40, 180, topology), new MarketConfig(enablePartnerPreference: true, lossFactor: 0));

        var result = matcher.MatchOrders(0, [Buy("a", 120, 10, "800", partner: "b"), Sell("b", 100, 10, "802", partner: "a"), Buy("c", 170, 10, "806")]);

        Assert.Equal(("a", "b", TradeStage.PeerPreference, 110.0), (result.Trades[0].BuyerId, result.Trades[0].SellerId, result.Trades[0].Stage, result.Trades[0].Price.Value));
        Assert.Equal(("c", "DSO", 10.0), (result.Trades[1].BuyerId, result.Trades[1].SellerId, result.Trades[1].Quantity.Value));
        Assert.Equal([("800", "802", 10.0)], topology.Flows);
    }

    [Fact]
    public void MatchOrders_PreferencePairOverCongestedPath_IsVetoedAndGoesToTheAuction()
    {
        var topology = ScriptedTopology.Ieee34(congestion: 0.85);
        var matcher = Matcher(NewDso(40, 180, topology), new MarketConfig(enablePartnerPreference: true, lossFactor: 0));

        var result = matcher.MatchOrders(0, [Buy("a", 120, 10, "800", partner: "b"), Sell("b", 100, 10, "802", partner: "a"), Buy("c", 170, 10, "806")]);

        Assert.Equal(("c", "b", TradeStage.DoubleAuction), (result.Trades[0].BuyerId, result.Trades[0].SellerId, result.Trades[0].Stage));
        Assert.Equal(("a", "DSO"), (result.Trades[1].BuyerId, result.Trades[1].SellerId));
    }

    [Fact]
    public void MatchOrders_LossyPreferencePairSellerBound_CorrectedOneTradeCoversLossesAndDsoServesTheRest()
    {
        // MARLEM trades 30, then re-trades the 8.631 kWh lost (and so on); EnergyCoSim grosses the quantity up once.
        var matcher = Matcher(NewDso(40, 180, ScriptedTopology.Ieee34()), new MarketConfig(enablePartnerPreference: true));

        var result = matcher.MatchOrders(0, [Buy("a", 250, 30, "800", partner: "b"), Sell("b", 200, 40, "854", partner: "a")]);

        // f = 0.03 · 9.59 = 0.2877; q = min(40, 30 / 0.7123) = 40 (seller-bound); loss 11.508; 28.492 arrives.
        var p2p = result.Trades.Where(t => t.Stage == TradeStage.PeerPreference).ToArray();
        Assert.Single(p2p);
        Assert.Equal(40, p2p[0].Quantity.Value, 9);
        Assert.Equal(0.2877 * 40, p2p[0].TransmissionLoss.Value, 9);
        var dso = result.Trades.Single(t => t.Stage == TradeStage.DsoFallback);
        Assert.Equal("a", dso.BuyerId);
        Assert.Equal(30 - (40 * (1 - 0.2877)), dso.Quantity.Value, 9); // 1.508 kWh still missing
    }

    [Fact]
    public void MatchOrders_LossyPairBuyerBound_CorrectedSellerDeliversWhatArrivesAsTheBuyersNeed()
    {
        var matcher = Matcher(NewDso(40, 180, ScriptedTopology.Ieee34()));

        var result = matcher.MatchOrders(0, [Buy("a", 250, 20, "800"), Sell("b", 200, 40, "854")]);

        // q = min(40, 20 / 0.7123) = 28.0781…; q − loss = 20 exactly; the seller's 11.92 kWh left go to the DSO.
        var p2p = result.Trades.Single(t => t.Stage == TradeStage.DoubleAuction);
        Assert.Equal(20 / (1 - 0.2877), p2p.Quantity.Value, 9);
        Assert.Equal(20, p2p.Quantity.Value - p2p.TransmissionLoss.Value, 9);
        var dso = result.Trades.Single(t => t.Stage == TradeStage.DsoFallback);
        Assert.Equal("b", dso.SellerId);
        Assert.Equal(40 - (20 / (1 - 0.2877)), dso.Quantity.Value, 9);
    }

    [Fact]
    public void MatchOrders_PairTooFarForAnythingToArrive_CorrectedNoTradeBothGoToTheDso()
    {
        // Loss factor 0.2 over 9.59 km: f = 1.918 ≥ 1, so nothing would arrive (MARLEM lets the buyer's need grow).
        var matcher = Matcher(NewDso(40, 180, ScriptedTopology.Ieee34()), new MarketConfig(lossFactor: 0.2));

        var result = matcher.MatchOrders(0, [Buy("a", 250, 20, "800"), Sell("b", 200, 40, "854")]);

        Assert.DoesNotContain(result.Trades, t => t.Stage == TradeStage.DoubleAuction);
        Assert.Equal(2, result.Trades.Count(t => t.Stage == TradeStage.DsoFallback));
    }

    [Fact]
    public void MatchOrders_EqualSellPrices_HigherReputationWinsOverEarlierTimestamp()
    {
        Order[] orders = [Buy("a", 150, 10), Sell("s1", 100, 10, ts: 0.1), Sell("s2", 100, 10, ts: 0.5)];

        var withReputation = Matcher(NewDso(40, 180)).MatchOrders(0, orders, new Dictionary<string, double> { ["s1"] = 0.2, ["s2"] = 0.9 });
        var withoutReputation = Matcher(NewDso(40, 180)).MatchOrders(0, orders);

        Assert.Equal("s2", withReputation.Trades[0].SellerId);
        Assert.Equal("s1", withoutReputation.Trades[0].SellerId);
        Assert.Equal(0.5, withReputation.Trades[0].Timestamp);
    }

    [Fact]
    public void MatchOrders_CarriedBalanceBeyondGridCapacity_ClosesTheAuction()
    {
        var matcher = Matcher(NewDso(40, 180), new MarketConfig(maxQuantity: 10), agents: 2);

        var result = matcher.MatchOrders(0, [Buy("a", 150, 10), Sell("b", 100, 10)], gridBalanceCarryIn: new EnergyKWh(25));

        Assert.All(result.Trades, t => Assert.Equal(TradeStage.DsoFallback, t.Stage));
        Assert.Equal(25 + 10 - 10, result.GridBalance.Value);
    }

    [Fact]
    public void MatchOrders_BuyerFeeShare_SplitsFeesAsConfigured()
    {
        var matcher = Matcher(NewDso(40, 180, ScriptedTopology.Ieee34()), new MarketConfig(buyerFeeShare: 0.25, lossFactor: 0));

        var result = matcher.MatchOrders(0, [Buy("a", 200, 10, "814"), Sell("b", 200, 10, "850")]);

        // 814–850 = 0.126 km: voltage 0.0189 ≤ 0.05 → no fee; same zone → −0.15·2 = −0.3 USD (a bonus).
        Assert.Equal(-0.3, result.Fees.Value, 12);
        Assert.Equal(-2 + 0.075, result.Settlement.For("a").Cash.Value, 12);
        Assert.Equal(2 + 0.225, result.Settlement.For("b").Cash.Value, 12);
    }

    [Fact]
    public void MatchOrders_CongestedIntervalWithPriceAdjustment_FallbackUsesTheWidenedTariffs()
    {
        var dso = NewDso(80, 250, ScriptedTopology.Ieee34(congestion: 0.9), new DsoInterventionSettings(priceAdjustment: 0.2));

        var result = Matcher(dso).MatchOrders(0, [Buy("a", 100, 10), Sell("b", 200, 5)]);

        Assert.Equal([(300.0, "a"), (64.0, "DSO")], result.Trades.Select(t => (Math.Round(t.Price.Value, 9), t.BuyerId)).OrderByDescending(x => x.Item1));
        Assert.Equal(300, result.DsoSellPrice.Value, 9);
        Assert.Equal(64, result.DsoBuyPrice.Value, 9);
    }

    [Fact]
    public void MatchOrders_Recorder_ReceivesEveryTradeInOrderAndOneSeal()
    {
        var recorder = new RecordingRecorder();
        var matcher = Matcher(NewDso(80, 250), recorder: recorder);

        var result = matcher.MatchOrders(0, [Buy("a", 250, 30), Buy("b", 230, 20), Sell("c", 200, 25)]);

        Assert.Equal(result.Trades, recorder.Trades);
        Assert.Equal(1, recorder.Seals);
    }

    [Fact]
    public void MatchOrders_InvalidOrders_ReportsEveryFieldWithItsIndex()
    {
        var matcher = Matcher(NewDso(80, 250, ScriptedTopology.Ieee34()));

        var ex = Assert.Throws<ValidationException>(() => matcher.MatchOrders(0, [Buy("a", double.NaN, -1), Sell("b", 100, 5, "999")]));

        Assert.Equal(["orders[0].price", "orders[0].quantity", "orders[1].node_id"], ex.Violations.Select(v => v.Field));
    }

    [Fact]
    public void MatchOrders_StepBeyondTariffs_IsRejected()
    {
        var ex = Assert.Throws<ValidationException>(() => Matcher(NewDso(80, 250)).MatchOrders(1, []));

        Assert.Equal("step", Assert.Single(ex.Violations).Field);
    }

    [Fact]
    public void Constructor_NoAgents_IsRejected()
    {
        Assert.Throws<ValidationException>(() => Matcher(NewDso(80, 250), agents: 0));
    }

    [Fact]
    public void PositionOfAndReset_AfterAnInterval_ReportNetSalesAndClearState()
    {
        var matcher = Matcher(NewDso(80, 250));
        matcher.MatchOrders(0, [Buy("a", 250, 30), Sell("c", 200, 25)]);

        Assert.Equal(25, matcher.PositionOf("c").Value);
        Assert.Equal(-25 - (0 + 5), matcher.PositionOf("a").Value);
        Assert.Equal(1, matcher.History.Count);

        matcher.Reset();

        Assert.Equal(0, matcher.History.Count);
        Assert.Equal(0, matcher.PositionOf("c").Value);
        Assert.Equal(DsoCumulativeStatistics.Empty, matcher.Dso.Cumulative);
    }

    private sealed class RecordingRecorder : ITradeRecorder
    {
        public List<Trade> Trades { get; } = [];

        public int Seals { get; private set; }

        public void Record(Trade trade) => Trades.Add(trade);

        public void Seal() => Seals++;
    }
}
