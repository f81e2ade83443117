using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Units;
using EnergyCoSim.Market.Matching;
using EnergyCoSim.Market.Orders;
using EnergyCoSim.Market.Reputation;
using EnergyCoSim.Simulation.Analytics;
using EnergyCoSim.Simulation.Results;
using EnergyCoSim.Simulation.Rewards;
using EnergyCoSim.Simulation.Spaces;
using ProsumerAction = EnergyCoSim.Agents.Prosumers.AgentAction;
using ProsumerBounds = EnergyCoSim.Agents.Prosumers.ActionBounds;

namespace EnergyCoSim.Simulation.Environments;

/// <content>One market interval: orders, matching, physical settlement, KPIs, rewards, reputation, observations.</content>
public sealed partial class LocalEnergyMarketEnvironment
{
    private ProsumerBounds? _bounds;
    private int[] _partnerOrder = [];
    private int[] _rankOf = [];

    private float[] _pendingOverrides = [];

    /// <summary>
    /// Replaces agent <paramref name="agentIndex"/>'s generation and/or demand of the coming interval (kWh; null keeps
    /// the profile value), e.g. PV and load fed by a co-simulation master. Values are carried at float32 precision,
    /// the precision of the byte state, so a replayed state is bit-identical.
    /// </summary>
    public void OverrideCurrentInterval(int agentIndex, double? generationKWh, double? demandKWh)
    {
        generationKWh = generationKWh is { } g0 ? (float)g0 : null;
        demandKWh = demandKWh is { } d0 ? (float)d0 : null;
        RequireReset("override");
        if (_done)
        {
            throw new InvalidStateException("environment", "override", "episode ended", "a running episode");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(agentIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(agentIndex, _agents.Length);
        _agents[agentIndex].OverrideInterval(_step, generationKWh is { } g ? new EnergyKWh(g) : null, demandKWh is { } d ? new EnergyKWh(d) : null);
        EnsurePending();

        if (generationKWh is { } gen)
        {
            _pendingOverrides[2 * agentIndex] = (float)gen;
        }

        if (demandKWh is { } dem)
        {
            _pendingOverrides[(2 * agentIndex) + 1] = (float)dem;
        }
    }

    /// <inheritdoc />
    public bool Step(ReadOnlySpan<float> actions, Span<float> observations, Span<double> rewards)
    {
        var n = _agents.Length;
        if (_done)
        {
            throw new InvalidStateException("environment", "step", _episode < 0 ? "not reset" : "episode ended", "a running episode (call reset first)");
        }

        if (actions.Length != n * ActionBox.Size || observations.Length != n * ObservationSize || rewards.Length != n)
        {
            throw new ValidationException("actions", actions.Length, $"must hold {n}×{ActionBox.Size} values (observations {n}×{ObservationSize}, rewards {n})");
        }

        // Validate every action before anything changes, so a rejected step leaves the episode untouched.
        var problems = new List<FieldViolation>();
        for (var i = 0; i < n; i++)
        {
            try
            {
                _boxes[i].Validate(_ids[i], AgentAction.From(actions.Slice(i * ActionBox.Size, ActionBox.Size)));
            }
            catch (ValidationException ex)
            {
                problems.AddRange(ex.Violations);
            }
        }

        if (problems.Count > 0)
        {
            throw new ValidationException(problems, $"actions of step {_step}");
        }

        EnsurePending();
        RecordGridFees();
        var entry = new float[EntrySize];
        actions.CopyTo(entry);
        _pendingOverrides.AsSpan().CopyTo(entry.AsSpan(actions.Length));
        _replayLog.Add(entry);
        _pendingOverrides.AsSpan().Fill(float.NaN);
        var orders = BuildOrders(actions);
        var result = _matcher.MatchOrders(_step, orders, _reputations, EnergyKWh.Zero);
        DistributeTrades(result.Trades);
        _clearingPrices.Add(result.ClearingPrice.Value);
        _clearingVolumes.Add(result.ClearingVolume.Value);

        var balances = new Agents.Prosumers.IntervalEnergyBalance[n];
        double flexible = 0;
        for (var i = 0; i < n; i++)
        {
            var agent = _agents[i];
            balances[i] = agent.CompleteInterval(_step, _agentTrades[i], result.Settlement.For(_ids[i]).FeesPaid, _dso.Id);
            flexible += CooperationKpiCalculator.FlexibleEnergy(
                agent.Generation[_step].Value, agent.Demand[_step].Value,
                agent.Battery?.AvailableCharge.Value ?? 0, agent.Battery?.AvailableDischarge.Value ?? 0);
        }

        var kpis = CooperationKpiCalculator.Compute(orders, result.Trades, _scenario.GridCapacityKW, result.GridCongestion, _clearingPrices, _clearingVolumes, flexible);
        var terminal = _step == MaxSteps - 1;
        for (var i = 0; i < n; i++)
        {
            var agent = _agents[i];
            rewards[i] = RewardCalculator.Compute(new RewardInput
            {
                AgentId = _ids[i],
                Order = orders[i],
                AgentTrades = _agentTrades[i],
                GridBalance = result.GridBalance.Value,
                GridCapacityKW = _scenario.GridCapacityKW,
                PreviousAgentBalance = _previousPositions[i],
                ClearingPrice = result.ClearingPrice.Value,
                FeedInTariff = result.DsoBuyPrice.Value,
                UtilityPrice = result.DsoSellPrice.Value,
                MinPrice = _scenario.Market.MinPrice.Value,
                MaxPrice = _scenario.Market.MaxPrice.Value,
                Kpis = kpis,
                IsTerminal = terminal,
                TotalDemandKWh = agent.TotalDemandRequired.Value,
                CumulativeDemandSatisfiedKWh = agent.Tracking.DemandSatisfied.Value,
            });
            _rewardHistory[_ids[i]].Add(rewards[i]);
        }

        var record = ToRecord(result);
        var step = _step;
        _step++;
        var timeOfDay = (double)(_step % MaxSteps) / MaxSteps;
        for (var i = 0; i < n; i++)
        {
            var evidence = new ReputationEvidence(_ids[i], _agentTrades[i], 0, result.ClearingPrice, result.GridBalance, result.Trades.Count > 0);
            var updated = _reputation.Update(_agents[i].Reputation, evidence, timeOfDay);
            _agents[i].SetReputation(updated);
            _reputations[_ids[i]] = updated;
            _reputationVector[i] = updated;
            _previousPositions[i] = _agents[i].NetPosition.Value;
        }

        if (_options.RecordHistory)
        {
            _marketHistory.Add(record);
            for (var i = 0; i < n; i++)
            {
                _agentHistory.Add(ToAgentRecord(step, i, balances[i], rewards[i]));
            }
        }

        _done = _step >= MaxSteps;
        (_lastRecord, _lastKpis) = (record, kpis);
        WriteObservations(observations, record, kpis);
        return _done;
    }

    private Order[] BuildOrders(ReadOnlySpan<float> actions)
    {
        var n = _agents.Length;
        var m = _scenario.Market;
        _bounds ??= new ProsumerBounds(m.MinPrice, m.MaxPrice, m.MinQuantity, m.MaxQuantity);
        var timeOfDay = (double)_step / MaxSteps;
        var orders = new Order[n];
        if (!m.EnablePartnerPreference)
        {
            RankPartners();
        }

        for (var i = 0; i < n; i++)
        {
            var raw = AgentAction.From(actions.Slice(i * ActionBox.Size, ActionBox.Size));
            var partnerIndex = (int)Math.Floor(raw.PartnerIndex);
            var intent = _agents[i].AdjustAction(_step, new ProsumerAction(raw.PriceUsdPerMWh, raw.QuantityKWh, raw.SideSignal, partnerIndex), _bounds);
            var partner = m.EnablePartnerPreference
                ? partnerIndex < n ? _ids[partnerIndex] : partnerIndex == n ? _dso.Id : null
                : RuleBasedPartner(i);
            var timestamp = _scenario.Document.Market.AsynchronousOrders ? timeOfDay + _orderStreams[i].Uniform(0, 1.0 / MaxSteps) : timeOfDay;
            orders[i] = new Order($"{_ids[i]}_{_step}", _ids[i], intent.Price, intent.Quantity, intent.Side, timestamp, _agents[i].NodeId, partner);
        }

        return orders;
    }

    /// <summary>
    /// Spec §1.3's partner choice without a path search per pair: agents are ranked once per step by reputation
    /// (descending, then network distance is only a tie-break, then id), and each agent draws uniformly from its own
    /// stream among the first ⌊(N−1)/2⌋ + 1 others.
    /// </summary>
    private void RankPartners()
    {
        var n = _agents.Length;
        if (_partnerOrder.Length != n)
        {
            _partnerOrder = Enumerable.Range(0, n).ToArray();
        }

        Array.Sort(_partnerOrder, (a, b) =>
        {
            var c = _reputationVector[b].CompareTo(_reputationVector[a]);
            return c != 0 ? c : string.CompareOrdinal(_ids[a], _ids[b]);
        });
        if (_rankOf.Length != n)
        {
            _rankOf = new int[n];
        }

        for (var r = 0; r < n; r++)
        {
            _rankOf[_partnerOrder[r]] = r;
        }
    }

    private string? RuleBasedPartner(int self)
    {
        var n = _agents.Length;
        if (n < 2)
        {
            return null;
        }

        var pool = Math.Max(1, ((n - 1) / 2) + 1);
        var pick = _partnerStreams[self].NextInt(pool);

        // The pick-th agent of the ranking other than this one: skip over this agent's own rank in O(1).
        return _ids[_partnerOrder[pick < _rankOf[self] ? pick : pick + 1]];
    }

    private void DistributeTrades(IReadOnlyList<Trade> trades)
    {
        foreach (var list in _agentTrades)
        {
            list.Clear();
        }

        foreach (var t in trades)
        {
            if (_indexOf.TryGetValue(t.BuyerId, out var b))
            {
                _agentTrades[b].Add(t);
            }

            if (_indexOf.TryGetValue(t.SellerId, out var s) && t.SellerId != t.BuyerId)
            {
                _agentTrades[s].Add(t);
            }
        }
    }

    private MarketStepRecord ToRecord(MatchingResult r) => new()
    {
        Step = _step,
        ClearingPrice = r.ClearingPrice.Value,
        ClearingVolume = r.ClearingVolume.Value,
        P2PVolume = r.P2PVolume.Value,
        DsoBuyVolume = r.DsoBuyVolume.Value,
        DsoSellVolume = r.DsoSellVolume.Value,
        GridBalance = r.GridBalance.Value,
        GridCongestion = r.GridCongestion,
        FeedInTariff = r.DsoBuyPrice.Value,
        UtilityPrice = r.DsoSellPrice.Value,
        LocalPriceAverage = r.LocalPriceAverage.Value,
        LocalPriceAdvantage = r.LocalPriceAdvantage.Value,
        UnmatchedOrders = r.UnmatchedOrders.Count,
        Trades = r.Trades,
    };

    private AgentStepRecord ToAgentRecord(int step, int i, Agents.Prosumers.IntervalEnergyBalance b, double reward)
    {
        var agent = _agents[i];
        return new AgentStepRecord
        {
            Episode = (int)_episode,
            Step = step,
            AgentId = _ids[i],
            GenerationKWh = b.Generation.Value,
            DemandKWh = b.Demand.Value,
            BoughtKWh = b.Bought.Value,
            SoldKWh = b.Sold.Value,
            ChargeKWh = b.Charge.Value,
            DischargeKWh = b.Discharge.Value,
            CurtailedKWh = b.Curtailment.Value,
            UnservedKWh = b.UnservedDemand.Value + b.UndeliveredSale.Value,
            Soc = agent.Battery?.Soc,
            EnergyLevelKWh = agent.Battery?.EnergyLevel.Value ?? 0,
            CashUsd = agent.Profit.Value,
            Reward = reward,
            Reputation = agent.Reputation,
        };
    }

    private void WriteObservations(Span<float> observations, MarketStepRecord? last, CooperationKpis? kpis)
    {
        var size = ObservationSize;
        var withReputations = _scenario.Market.EnablePartnerPreference;
        var fit = _dso.FeedInTariff(Math.Min(_step, MaxSteps - 1)).Value;
        var up = _dso.UtilityPrice(Math.Min(_step, MaxSteps - 1)).Value;
        var timeOfDay = (double)(_step % MaxSteps) / MaxSteps;
        for (var i = 0; i < _agents.Length; i++)
        {
            var a = _agents[i];
            var next = _step < MaxSteps;
            var battery = a.Battery;
            var input = new AgentObservationInput
            {
                GenerationKWh = next ? a.Generation[_step].Value : 0,
                DemandKWh = next ? a.Demand[_step].Value : 0,
                CumulativeDemandSatisfiedKWh = a.Tracking.DemandSatisfied.Value,
                CumulativeDemandDeferredKWh = a.Tracking.DemandDeferred.Value,
                RemainingDemandKWh = a.RemainingDemand(_step).Value,
                CumulativeSupplySatisfiedKWh = a.Tracking.SupplySatisfied.Value,
                CumulativeSupplyDeferredKWh = a.Tracking.SupplyDeferred.Value,
                RemainingSupplyKWh = a.RemainingSupply(_step).Value,
                CashUsd = a.Profit.Value,
                Reputation = a.Reputation,
                BatteryEnergyKWh = battery?.EnergyLevel.Value ?? 0,
                BatterySoc = battery?.Soc ?? 0,
                AvailableChargeKWh = battery?.AvailableCharge.Value ?? 0,
                AvailableDischargeKWh = battery?.AvailableDischarge.Value ?? 0,
                CumulativeChargeKWh = battery?.CumulativeCharge.Value ?? 0,
                CumulativeDischargeKWh = battery?.CumulativeDischarge.Value ?? 0,
            };
            ObservationWriter.Write(
                observations.Slice(i * size, size), _step, timeOfDay, last, fit, up,
                _scenario.Market.MinPrice.Value, _scenario.Market.MinQuantity.Value, input, kpis,
                withReputations ? _reputationVector : ReadOnlySpan<double>.Empty);
        }
    }
}
