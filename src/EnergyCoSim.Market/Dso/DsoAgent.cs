using System.Globalization;
using EnergyCoSim.Core.Network;
using EnergyCoSim.Core.Units;
using EnergyCoSim.Core.Validation;
using EnergyCoSim.Market.Orders;

namespace EnergyCoSim.Market.Dso;

/// <summary>
/// The distribution system operator (spec §4): fallback buyer/seller at its tariffs, network fees on P2P trades,
/// the grid-constraint check of preference pairs, and cumulative statistics. Not thread-safe.
/// </summary>
public sealed class DsoAgent
{
    private const double ZoneBonusShare = 0.15;
    private const double CongestionFeeFactor = 0.5;
    private const double VoltageDropPerKm = 0.15;
    private const double VoltageThreshold = 0.05;
    private const double VoltageFeeCap = 0.2;
    private const double ThermalThreshold = 0.2;
    private const double ThermalFeeCap = 0.3;

    private double _buyVolume;
    private double _sellVolume;
    private double _profit;
    private double _fees;
    private bool _pricesWidened;
    private Dictionary<string, double> _gridFees = new(StringComparer.Ordinal);
    private double[]? _feedInOverride;
    private double[]? _utilityOverride;

    /// <summary>Creates the DSO.</summary>
    /// <param name="tariffs">Feed-in tariff and utility price per interval.</param>
    /// <param name="topology">The grid graph, or null for a market without locations.</param>
    /// <param name="intervention">Intervention settings (default: MARLEM's constants).</param>
    /// <param name="id">Participant id used in DSO trades.</param>
    public DsoAgent(DsoTariffProfile tariffs, INetworkTopology? topology = null, DsoInterventionSettings? intervention = null, string id = MarketParticipants.DsoId)
    {
        ArgumentNullException.ThrowIfNull(tariffs);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Tariffs = tariffs;
        Topology = topology;
        Intervention = intervention ?? DsoInterventionSettings.Default;
        Id = id;
        EffectiveCongestionThreshold = Intervention.CongestionThreshold;
    }

    /// <summary>Participant id.</summary>
    public string Id { get; }

    /// <summary>Tariffs per interval.</summary>
    public DsoTariffProfile Tariffs { get; }

    /// <summary>The grid graph, if any.</summary>
    public INetworkTopology? Topology { get; }

    /// <summary>Intervention settings.</summary>
    public DsoInterventionSettings Intervention { get; }

    /// <summary>Net energy the DSO sold into the market in the current/latest interval (sold − bought, all DSO trades).</summary>
    public EnergyKWh Balance { get; internal set; }

    /// <summary>Mean edge loading (0–1) after the latest matching.</summary>
    public double CongestionLevel { get; internal set; }

    /// <summary>The congestion threshold in force for the current interval (adaptive or fixed).</summary>
    public double EffectiveCongestionThreshold { get; private set; }

    /// <summary>Totals since the last reset.</summary>
    public DsoCumulativeStatistics Cumulative =>
        new(new(_buyVolume), new(_sellVolume), new(_buyVolume + _sellVolume), new(_sellVolume - _buyVolume), new(_profit), new(_fees));

    /// <summary>Feed-in tariff the DSO pays in <paramref name="step"/>, after any congestion price adjustment.</summary>
    public PriceUsdPerMWh FeedInTariff(int step) => BaseFeedIn(step) * (_pricesWidened ? 1 - Intervention.PriceAdjustment : 1);

    /// <summary>Utility price the DSO charges in <paramref name="step"/>, after any congestion price adjustment.</summary>
    public PriceUsdPerMWh UtilityPrice(int step) => BaseUtility(step) * (_pricesWidened ? 1 + Intervention.PriceAdjustment : 1);

    /// <summary>Mid price (FIT + UP)/2 of the unadjusted tariffs (overrides included).</summary>
    public PriceUsdPerMWh MarketPrice(int step) => _feedInOverride is null ? Tariffs.MidPrice(step) : new((BaseFeedIn(step).Value + BaseUtility(step).Value) / 2);

    /// <summary>
    /// Replaces the tariffs of interval <paramref name="step"/> (a price signal from outside, e.g. a DSO model in a
    /// co-simulation); null keeps the profile's value. Congestion widening still applies on top. FIT ≤ UP must hold.
    /// </summary>
    public void OverrideTariffs(int step, PriceUsdPerMWh? feedIn, PriceUsdPerMWh? utility)
    {
        var check = new ViolationCollector();
        check.InRange("step", step, 0, Tariffs.Length - 1);
        check.ThrowIfAny("DSO tariff override");
        var fit = feedIn?.Value ?? BaseFeedIn(step).Value;
        var up = utility?.Value ?? BaseUtility(step).Value;
        check.AtLeast("feed_in_usd_per_mwh", fit, 0);
        check.AtLeast("utility_usd_per_mwh", up, 0);
        if (double.IsFinite(fit) && double.IsFinite(up))
        {
            check.Require(fit <= up, "utility_usd_per_mwh", up, $"must be ≥ the feed-in tariff {fit.ToString(CultureInfo.InvariantCulture)} of interval {step}");
        }

        check.ThrowIfAny("DSO tariff override");
        if (_feedInOverride is null || _utilityOverride is null)
        {
            _feedInOverride = new double[Tariffs.Length];
            _utilityOverride = new double[Tariffs.Length];
            _feedInOverride.AsSpan().Fill(double.NaN);
            _utilityOverride.AsSpan().Fill(double.NaN);
        }

        _feedInOverride[step] = feedIn?.Value ?? double.NaN;
        _utilityOverride[step] = utility?.Value ?? double.NaN;
    }

    /// <summary>
    /// Extra network fees per agent (USD/MWh) for the coming interval, set by a coupled grid operator on the agents
    /// behind a violation. A P2P trade pays the higher fee of its two parties (fee · q / 1000, split like the other
    /// fees), and a pair whose bid–ask spread does not cover that fee does not trade (the energy falls to the DSO).
    /// </summary>
    public IReadOnlyDictionary<string, double> GridFees => _gridFees;

    /// <summary>Sets the per-agent grid fees (USD/MWh, ≥ 0; agents left out pay none) for the coming interval.</summary>
    public void SetGridFees(IReadOnlyDictionary<string, double> feesUsdPerMWh)
    {
        ArgumentNullException.ThrowIfNull(feesUsdPerMWh);
        foreach (var (agent, fee) in feesUsdPerMWh)
        {
            if (!(fee >= 0) || !double.IsFinite(fee))
            {
                throw new Core.Errors.ValidationException($"grid_fees.{agent}", fee, "must be a finite fee ≥ 0 USD/MWh");
            }
        }

        _gridFees = feesUsdPerMWh.Where(f => f.Value > 0).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
    }

    /// <summary>Grid fee rate of a P2P trade between <paramref name="buyerId"/> and <paramref name="sellerId"/>: the higher of the two, USD/MWh.</summary>
    public double GridFeeRate(string buyerId, string sellerId) =>
        _gridFees.Count == 0 ? 0 : Math.Max(_gridFees.GetValueOrDefault(buyerId), _gridFees.GetValueOrDefault(sellerId));

    /// <summary>Zeroes balance, congestion and cumulative statistics and drops tariff overrides (the tariffs are kept).</summary>
    public void Reset()
    {
        Balance = default;
        CongestionLevel = 0;
        _buyVolume = _sellVolume = _profit = _fees = 0;
        _pricesWidened = false;
        _gridFees = new(StringComparer.Ordinal);
        (_feedInOverride, _utilityOverride) = (null, null);
        EffectiveCongestionThreshold = Intervention.CongestionThreshold;
    }

    /// <summary>The mutable state, for rollback.</summary>
    public DsoAgentSnapshot Snapshot() =>
        new(Balance, CongestionLevel, EffectiveCongestionThreshold, _buyVolume, _sellVolume, _profit, _fees, _pricesWidened,
            (double[]?)_feedInOverride?.Clone(), (double[]?)_utilityOverride?.Clone());

    /// <summary>Restores a state taken with <see cref="Snapshot"/>.</summary>
    public void Restore(DsoAgentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        (Balance, CongestionLevel, EffectiveCongestionThreshold) = (snapshot.Balance, snapshot.CongestionLevel, snapshot.EffectiveCongestionThreshold);
        (_buyVolume, _sellVolume, _profit, _fees, _pricesWidened) = (snapshot.BuyVolume, snapshot.SellVolume, snapshot.Profit, snapshot.Fees, snapshot.PricesWidened);
        (_feedInOverride, _utilityOverride) = ((double[]?)snapshot.FeedInOverrides?.Clone(), (double[]?)snapshot.UtilityOverrides?.Clone());
    }

    /// <summary>Starts an interval: fixes the congestion threshold and whether tariffs are widened, from the loading now.</summary>
    public void BeginInterval()
    {
        var loading = Topology?.MeanCongestion() ?? 0;
        EffectiveCongestionThreshold = Intervention.AdaptiveThreshold
            ? Intervention.CongestionThreshold * (1 - (loading / 2))
            : Intervention.CongestionThreshold;
        _pricesWidened = Intervention.PriceAdjustment > 0 && loading > EffectiveCongestionThreshold;
    }

    /// <summary>Settles orders at the tariffs (spec §4.2): every sell with q &gt; 0 at FIT, then every buy at UP; updates the statistics.</summary>
    public DsoClearing ClearUnmatched(int step, IReadOnlyList<Order> buys, IReadOnlyList<Order> sells, TradeStage stage = TradeStage.DsoFallback)
    {
        var trades = new List<Trade>(buys.Count + sells.Count);
        var fit = FeedInTariff(step);
        var up = UtilityPrice(step);
        double bought = 0, sold = 0;
        foreach (var sell in sells)
        {
            if (sell.Quantity.Value > 0)
            {
                trades.Add(BuyFrom(sell.AgentId, sell.Quantity, sell.Timestamp, fit, stage));
                bought += sell.Quantity.Value;
            }
        }

        foreach (var buy in buys)
        {
            if (buy.Quantity.Value > 0)
            {
                trades.Add(SellTo(buy.AgentId, buy.Quantity, buy.Timestamp, up, stage));
                sold += buy.Quantity.Value;
            }
        }

        var profit = Account(bought, sold, fit, up);
        return new DsoClearing(trades, new(bought), new(sold), new(sold - bought), new(profit));
    }

    /// <summary>
    /// Network fees of a P2P trade in USD (spec §4.3 with V = price·q/1000): same-zone bonus, congestion, voltage
    /// and thermal fees. Does not record them; the matcher does when the trade is made.
    /// </summary>
    public MoneyUsd CalculateFees(Order buy, Order sell, PriceUsdPerMWh price, EnergyKWh quantity)
    {
        var distance = buy.NodeId is not null && sell.NodeId is not null && Topology is not null ? Topology.DistanceKm(buy.NodeId, sell.NodeId) : 0;
        return new(Fees(buy.NodeId, sell.NodeId, price.Value, quantity.Value, distance));
    }

    /// <summary>Spec §4.4: may this preference pair trade? Price compatible, positive quantity, within grid capacity, path loading ≤ threshold.</summary>
    public bool ValidateGridConstraints(Order buy, Order sell) =>
        ValidateGridConstraints(buy.NodeId, sell.NodeId, buy.Price.Value, sell.Price.Value, Math.Min(buy.Quantity.Value, sell.Quantity.Value));

    internal bool ValidateGridConstraints(string? buyNode, string? sellNode, double buyPrice, double sellPrice, double quantity)
    {
        if (buyPrice < sellPrice || quantity <= 0)
        {
            return false;
        }

        if (Topology is null)
        {
            return true;
        }

        if (Math.Abs(Balance.Value + quantity) > Topology.CapacityKW)
        {
            return false;
        }

        return buyNode is null || sellNode is null || Topology.PathCongestion(buyNode, sellNode) <= EffectiveCongestionThreshold;
    }

    internal double Fees(string? buyNode, string? sellNode, double price, double quantity, double distanceKm)
    {
        var value = price * quantity / 1000;
        var bothLocated = buyNode is not null && sellNode is not null && Topology is not null;
        var congestion = bothLocated ? Topology!.PathCongestion(buyNode!, sellNode!) : Topology?.MeanCongestion() ?? 0;
        var fee = 0.0;
        if (bothLocated && Topology!.ZoneOf(buyNode!) is { } zone && zone == Topology.ZoneOf(sellNode!))
        {
            fee -= ZoneBonusShare * value;
        }

        if (congestion > EffectiveCongestionThreshold)
        {
            fee += Intervention.FeeMultiplier * CongestionFeeFactor * (congestion - EffectiveCongestionThreshold) * value;
        }

        var voltageDrop = VoltageDropPerKm * distanceKm;
        if (voltageDrop > VoltageThreshold)
        {
            fee += Math.Min(VoltageFeeCap, voltageDrop) * value;
        }

        if (congestion > ThermalThreshold)
        {
            fee += Intervention.FeeMultiplier * Math.Min(ThermalFeeCap, (congestion - ThermalThreshold) / (1 - ThermalThreshold)) * value;
        }

        return fee;
    }

    internal void RecordFees(double feesUsd) => _fees += feesUsd;

    internal Trade BuyFrom(string agentId, EnergyKWh quantity, double timestamp, PriceUsdPerMWh fit, TradeStage stage) =>
        new(Id, agentId, fit, quantity, timestamp, stage);

    internal Trade SellTo(string agentId, EnergyKWh quantity, double timestamp, PriceUsdPerMWh up, TradeStage stage) =>
        new(agentId, Id, up, quantity, timestamp, stage);

    internal double Account(double boughtKWh, double soldKWh, PriceUsdPerMWh fit, PriceUsdPerMWh up)
    {
        _buyVolume += boughtKWh;
        _sellVolume += soldKWh;
        var profit = ((soldKWh * up.Value) - (boughtKWh * fit.Value)) / 1000;
        _profit += profit;
        return profit;
    }

    private PriceUsdPerMWh BaseFeedIn(int step) =>
        _feedInOverride is { } o && step >= 0 && step < o.Length && !double.IsNaN(o[step]) ? new(o[step]) : Tariffs.FeedInTariff(step);

    private PriceUsdPerMWh BaseUtility(int step) =>
        _utilityOverride is { } o && step >= 0 && step < o.Length && !double.IsNaN(o[step]) ? new(o[step]) : Tariffs.UtilityPrice(step);
}
