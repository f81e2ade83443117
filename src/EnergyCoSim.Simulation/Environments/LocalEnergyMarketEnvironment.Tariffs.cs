using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Units;

namespace EnergyCoSim.Simulation.Environments;

/// <content>Price signals from outside (a co-simulation master): the DSO tariffs of the coming interval.</content>
public sealed partial class LocalEnergyMarketEnvironment
{
    /// <summary>
    /// Replaces the DSO's feed-in tariff and/or utility price of the interval the next <see cref="Step"/> clears
    /// (USD/MWh; null keeps the scenario's). Strategies that read the tariffs see the override in that interval.
    /// </summary>
    /// <remarks>
    /// Values are carried at float32 precision, the precision of the byte state (<see cref="SerializeState()"/>), so a
    /// replayed state is bit-identical; in-memory snapshots keep them as part of the DSO's state.
    /// </remarks>
    public void OverrideCurrentTariffs(PriceUsdPerMWh? feedIn, PriceUsdPerMWh? utility)
    {
        RequireReset("override tariffs");
        if (_done)
        {
            throw new InvalidStateException("environment", "override tariffs", "episode ended", "a running episode");
        }

        feedIn = feedIn is { } f ? new PriceUsdPerMWh((float)f.Value) : null;
        utility = utility is { } u ? new PriceUsdPerMWh((float)u.Value) : null;
        _dso.OverrideTariffs(_step, feedIn, utility);
        EnsurePending();
        var k = 3 * _agents.Length;
        _pendingOverrides[k] = feedIn is { } f2 ? (float)f2.Value : float.NaN;
        _pendingOverrides[k + 1] = utility is { } u2 ? (float)u2.Value : float.NaN;
    }

    /// <summary>
    /// Sets the DSO's grid fee per agent (USD/MWh on the agent's P2P trades) for the interval the next
    /// <see cref="Step"/> clears and after, until set again; agents left out pay none. Carried at float32 precision.
    /// </summary>
    public void SetCurrentGridFees(IReadOnlyDictionary<string, double> feesUsdPerMWh)
    {
        ArgumentNullException.ThrowIfNull(feesUsdPerMWh);
        RequireReset("set grid fees");
        if (_done)
        {
            throw new InvalidStateException("environment", "set grid fees", "episode ended", "a running episode");
        }

        var rounded = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (id, fee) in feesUsdPerMWh)
        {
            if (!_indexOf.ContainsKey(id))
            {
                throw new NotFoundException("agent", id, "grid fees name agents of this market");
            }

            rounded[id] = (float)fee;
        }

        _dso.SetGridFees(rounded);
    }

    // The replay entry records the fees in force when the interval clears (they persist until set again).
    private void RecordGridFees()
    {
        var n = _agents.Length;
        _pendingOverrides.AsSpan(2 * n, n).Fill(float.NaN);
        foreach (var (id, fee) in _dso.GridFees)
        {
            if (_indexOf.TryGetValue(id, out var i))
            {
                _pendingOverrides[(2 * n) + i] = (float)fee;
            }
        }
    }

    /// <summary>
    /// Takes agent <paramref name="agentIndex"/>'s battery out of service (a failure: no charge or discharge, the
    /// strategies see no room) or back in, from the interval the next <see cref="Step"/> clears; replayed in the byte state.
    /// </summary>
    public void SetBatteryInService(int agentIndex, bool inService)
    {
        RequireReset("set battery service");
        if (_done)
        {
            throw new InvalidStateException("environment", "set battery service", "episode ended", "a running episode");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(agentIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(agentIndex, _agents.Length);
        var battery = _agents[agentIndex].Battery
            ?? throw new ValidationException($"agents.{_ids[agentIndex]}.battery_in_service", inService ? 1 : 0, "the agent has no battery");
        battery.SetOutOfService(!inService);
        EnsurePending();
        _pendingOverrides[(3 * _agents.Length) + 2 + agentIndex] = inService ? 1 : 0;
    }

    // Applies the fees, tariffs and battery states of a replayed entry as the live run had them when the interval cleared.
    private void ReplayPriceSignals(ReadOnlySpan<float> pending)
    {
        var n = _agents.Length;
        for (var i = 0; i < n; i++)
        {
            var service = pending[(3 * n) + 2 + i];
            if (!float.IsNaN(service))
            {
                SetBatteryInService(i, service != 0);
            }
        }

        var fees = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            if (!float.IsNaN(pending[(2 * n) + i]))
            {
                fees[_ids[i]] = pending[(2 * n) + i];
            }
        }

        if (fees.Count > 0 || _dso.GridFees.Count > 0)
        {
            SetCurrentGridFees(fees);
        }

        float feedIn = pending[3 * n], utility = pending[(3 * n) + 1];
        if (!float.IsNaN(feedIn) || !float.IsNaN(utility))
        {
            OverrideCurrentTariffs(float.IsNaN(feedIn) ? null : new PriceUsdPerMWh(feedIn), float.IsNaN(utility) ? null : new PriceUsdPerMWh(utility));
        }
    }

    private void EnsurePending()
    {
        if (_pendingOverrides.Length != PendingSize)
        {
            _pendingOverrides = new float[PendingSize];
            _pendingOverrides.AsSpan().Fill(float.NaN);
        }
    }
}
