using EnergyCoSim.Core.Random;
using EnergyCoSim.Core.Units;

namespace EnergyCoSim.Agents.Storage;

/// <summary>
/// A battery with a state-of-charge window, efficiencies on the correct side of the converter, a power limit
/// over the market interval, optional self-discharge and capacity fade. Charges and discharges are partial:
/// a request is served up to the window, the power budget of the interval and what efficiency allows.
/// </summary>
public sealed class Battery
{
    private const double HoursPerDay = 24.0;

    private BatteryState _state;
    private EnergyKWh _energy;
    private EnergyKWh _cumulativeCharge;
    private EnergyKWh _cumulativeDischarge;
    private EnergyKWh _storeOutflow;
    private EnergyKWh _selfDischargeLoss;
    private EnergyKWh _fadeLoss;
    private EnergyKWh _throughput;
    private double _ageDays;
    private EnergyKWh _intervalBusEnergy;
    private bool _outOfService;

    /// <summary>Creates a battery at the lower end of its window; call <see cref="Reset"/> to start an episode.</summary>
    /// <param name="spec">Validated parameters.</param>
    /// <param name="marketInterval">Length of one market interval; the power limit applies over it.</param>
    public Battery(BatterySpec spec, TimeSpan marketInterval)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(marketInterval, TimeSpan.Zero);
        Spec = spec;
        IntervalHours = marketInterval.TotalHours;
        _energy = spec.NominalCapacity * spec.MinSoc;
    }

    /// <summary>The parameters.</summary>
    public BatterySpec Spec { get; }

    /// <summary>Length of a market interval in hours.</summary>
    public double IntervalHours { get; }

    /// <summary>Last operation.</summary>
    public BatteryState State => _state;

    /// <summary>Stored energy, kWh.</summary>
    public EnergyKWh EnergyLevel => _energy;

    /// <summary>State of health: current capacity / nominal capacity, in [0, 1].</summary>
    public double StateOfHealth =>
        Math.Max(0.0, 1.0 - (Spec.FadePerEquivalentCycle * EquivalentFullCycles) - (Spec.FadePerDay * _ageDays));

    /// <summary>Current (faded) capacity, kWh.</summary>
    public EnergyKWh Capacity => Spec.NominalCapacity * StateOfHealth;

    /// <summary>State of charge relative to the current capacity (0 when the capacity has faded to nothing).</summary>
    public double Soc => Capacity.Value > 0 ? _energy / Capacity : 0.0;

    /// <summary>Upper bound of stored energy: max_soc · capacity, kWh.</summary>
    public EnergyKWh MaxEnergy => Capacity * Spec.MaxSoc;

    /// <summary>Lower bound of stored energy: min_soc · capacity, kWh.</summary>
    public EnergyKWh MinEnergy => Capacity * Spec.MinSoc;

    /// <summary>Energy the bus can still put in this interval (window, efficiency and power budget), kWh.</summary>
    public EnergyKWh AvailableCharge => EnergyKWh.Min(PowerBudget, EnergyKWh.Max(EnergyKWh.Zero, MaxEnergy - _energy) / Spec.ChargeEfficiency);

    /// <summary>Energy the battery can still deliver to the bus this interval (window, efficiency and power budget), kWh.</summary>
    public EnergyKWh AvailableDischarge => EnergyKWh.Min(PowerBudget, EnergyKWh.Max(EnergyKWh.Zero, _energy - MinEnergy) * Spec.DischargeEfficiency);

    /// <summary>Room left in the store below the upper bound (store side, not efficiency-adjusted), kWh.</summary>
    public EnergyKWh Headroom => EnergyKWh.Max(EnergyKWh.Zero, MaxEnergy - _energy);

    /// <summary>Stored energy above the lower bound (store side, not efficiency-adjusted), kWh.</summary>
    public EnergyKWh Reserve => EnergyKWh.Max(EnergyKWh.Zero, _energy - MinEnergy);

    /// <summary>Energy added to the store since reset, kWh.</summary>
    public EnergyKWh CumulativeCharge => _cumulativeCharge;

    /// <summary>Energy delivered to the bus since reset, kWh.</summary>
    public EnergyKWh CumulativeDischarge => _cumulativeDischarge;

    /// <summary>Energy removed from the store by discharges since reset (delivered / η_d), kWh.</summary>
    public EnergyKWh CumulativeStoreOutflow => _storeOutflow;

    /// <summary>Energy lost to self-discharge since reset, kWh.</summary>
    public EnergyKWh SelfDischargeLoss => _selfDischargeLoss;

    /// <summary>Stored energy lost because capacity fade lowered the upper bound, kWh.</summary>
    public EnergyKWh FadeLoss => _fadeLoss;

    /// <summary>Equivalent full cycles: lifetime store throughput / (2 · nominal capacity).</summary>
    public double EquivalentFullCycles => _throughput.Value / (2.0 * Spec.NominalCapacity.Value);

    /// <summary>Calendar age, days.</summary>
    public double AgeDays => _ageDays;

    /// <summary>True while the battery has failed (or is switched off): it neither charges nor discharges, and still self-discharges.</summary>
    public bool OutOfService => _outOfService;

    private EnergyKWh PowerBudget =>
        _outOfService ? EnergyKWh.Zero : EnergyKWh.Max(EnergyKWh.Zero, Spec.MaxPower.ForHours(IntervalHours) - _intervalBusEnergy);

    /// <summary>Takes the battery out of service (a failure) or back in; a new episode starts in service.</summary>
    public void SetOutOfService(bool outOfService) => _outOfService = outOfService;

    /// <summary>
    /// Starts an episode: idle, counters zero, energy at the configured initial SoC or drawn uniformly in the window
    /// from <paramref name="random"/> (one draw, always taken so the stream advances the same way either way).
    /// </summary>
    /// <param name="random">The agent's seeded stream.</param>
    /// <param name="keepAgeing">True to keep capacity fade from earlier episodes (long studies); false restores a new battery.</param>
    public void Reset(RandomStream random, bool keepAgeing = false)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (!keepAgeing)
        {
            _throughput = EnergyKWh.Zero;
            _ageDays = 0;
        }

        var drawn = random.Uniform(Spec.MinSoc, Spec.MaxSoc);
        _energy = Capacity * (Spec.InitialSoc ?? drawn);
        _state = BatteryState.Idle;
        _cumulativeCharge = EnergyKWh.Zero;
        _cumulativeDischarge = EnergyKWh.Zero;
        _storeOutflow = EnergyKWh.Zero;
        _selfDischargeLoss = EnergyKWh.Zero;
        _fadeLoss = EnergyKWh.Zero;
        _intervalBusEnergy = EnergyKWh.Zero;
        _outOfService = false;
    }

    /// <summary>Sets the stored energy directly (tests, scenario restarts); must lie inside the window.</summary>
    public void SetEnergyLevel(EnergyKWh energy)
    {
        if (!double.IsFinite(energy.Value) || energy < MinEnergy - Tolerance || energy > MaxEnergy + Tolerance)
        {
            throw new ArgumentOutOfRangeException(nameof(energy), energy, $"must lie in the SoC window [{MinEnergy}, {MaxEnergy}]");
        }

        _energy = energy;
    }

    /// <summary>Charges up to <paramref name="fromBus"/> kWh taken from the bus; partial when the window or power budget is reached.</summary>
    public StorageTransfer Charge(EnergyKWh fromBus)
    {
        var atBus = EnergyKWh.Min(EnergyKWh.Max(EnergyKWh.Zero, fromBus), AvailableCharge);
        if (atBus.Value <= 0)
        {
            _state = BatteryState.Idle;
            return StorageTransfer.None;
        }

        var stored = EnergyKWh.Min(atBus * Spec.ChargeEfficiency, Headroom);
        _energy += stored;
        _cumulativeCharge += stored;
        _intervalBusEnergy += atBus;
        _state = BatteryState.Charging;
        Age(stored);
        return new StorageTransfer(atBus, stored);
    }

    /// <summary>Delivers up to <paramref name="toBus"/> kWh to the bus; the store loses delivered/η_d. Partial at the window or power budget.</summary>
    public StorageTransfer Discharge(EnergyKWh toBus)
    {
        var atBus = EnergyKWh.Min(EnergyKWh.Max(EnergyKWh.Zero, toBus), AvailableDischarge);
        if (atBus.Value <= 0)
        {
            _state = BatteryState.Idle;
            return StorageTransfer.None;
        }

        var removed = EnergyKWh.Min(atBus / Spec.DischargeEfficiency, Reserve);
        _energy -= removed;
        _cumulativeDischarge += atBus;
        _storeOutflow += removed;
        _intervalBusEnergy += atBus;
        _state = BatteryState.Discharging;
        Age(removed);
        return new StorageTransfer(atBus, removed);
    }

    /// <summary>Marks the battery idle.</summary>
    public void Idle() => _state = BatteryState.Idle;

    /// <summary>
    /// Ends the market interval: self-discharge (never below the lower bound: the reserve is held by the battery
    /// management system), calendar ageing, and a fresh power budget. Returns the self-discharge loss, kWh.
    /// </summary>
    public EnergyKWh CompleteInterval()
    {
        var loss = EnergyKWh.Zero;
        if (Spec.SelfDischargePerHour > 0)
        {
            var fraction = 1.0 - Math.Pow(1.0 - Spec.SelfDischargePerHour, IntervalHours);
            loss = EnergyKWh.Min(_energy * fraction, Reserve);
            _energy -= loss;
            _selfDischargeLoss += loss;
        }

        _ageDays += IntervalHours / HoursPerDay;
        ClampToFadedCapacity();
        _intervalBusEnergy = EnergyKWh.Zero;
        return loss;
    }

    /// <summary>The complete mutable state.</summary>
    public BatterySnapshot Snapshot() => new(
        _state, _energy, _cumulativeCharge, _cumulativeDischarge, _storeOutflow, _selfDischargeLoss, _fadeLoss, _throughput, _ageDays, _intervalBusEnergy)
    {
        OutOfService = _outOfService,
    };

    /// <summary>Restores a state taken with <see cref="Snapshot"/>.</summary>
    public void Restore(BatterySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        (_state, _energy, _cumulativeCharge, _cumulativeDischarge, _storeOutflow) =
            (snapshot.State, snapshot.EnergyLevel, snapshot.CumulativeCharge, snapshot.CumulativeDischarge, snapshot.CumulativeStoreOutflow);
        (_selfDischargeLoss, _fadeLoss, _throughput, _ageDays, _intervalBusEnergy) =
            (snapshot.SelfDischargeLoss, snapshot.FadeLoss, snapshot.Throughput, snapshot.AgeDays, snapshot.IntervalBusEnergy);
        _outOfService = snapshot.OutOfService;
    }

    private static EnergyKWh Tolerance => new(1e-9);

    private void Age(EnergyKWh storeChange)
    {
        _throughput += storeChange;
        ClampToFadedCapacity();
    }

    private void ClampToFadedCapacity()
    {
        var max = MaxEnergy;
        if (_energy > max)
        {
            _fadeLoss += _energy - max;
            _energy = max;
        }
    }
}
