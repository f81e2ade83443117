using System.Globalization;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.FmuExport;

/// <summary>
/// The FMU's variables, derived from a scenario: parameters, per-agent inputs and outputs, per-bus and market outputs.
/// Value references are dense (0..Count-1 plus a per-type slot) so a get/set is an array lookup, not a dictionary probe.
/// </summary>
public sealed class MarketVariableLayout
{
    /// <summary>Value references of the fixed variables.</summary>
    public const uint TimeRef = 0, SeedRef = 1, IntervalRef = 2, MechanismRef = 3, EpisodeRef = 4, PowerFactorRef = 5,
        FeedInInRef = 6, UtilityInRef = 7, PriceRef = 8, ClearingVolumeRef = 9, P2PRef = 10, DsoRef = 11,
        FeedInOutRef = 12, UtilityOutRef = 13, StepRef = 14, DoneRef = 15, FirstAgentRef = 16;

    /// <summary>Variables per agent: 2 inputs then 8 outputs.</summary>
    public const int PerAgent = 10;

    /// <summary>Offsets within an agent's block.</summary>
    public const int GenerationIn = 0, DemandIn = 1, NetInjection = 2, NetInjectionKvar = 3, Soc = 4, EnergyLevel = 5, Bought = 6, Sold = 7, Cash = 8, Reward = 9;

    /// <summary>Variables per bus: net injection in kW, then in kvar.</summary>
    public const int PerBus = 2;

    private readonly FmuVariable[] _variables;
    private readonly int[] _slot;

    /// <summary>Builds the layout for agents <paramref name="agentIds"/> and buses <paramref name="busIds"/> (<paramref name="agentBus"/>: bus index per agent).</summary>
    public MarketVariableLayout(ScenarioDocument scenario, IReadOnlyList<string> agentIds, IReadOnlyList<string> busIds, IReadOnlyList<int> agentBus)
    {
        ArgumentNullException.ThrowIfNull(agentBus);
        AgentBus = agentBus;
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(agentIds);
        ArgumentNullException.ThrowIfNull(busIds);
        AgentIds = agentIds;
        BusIds = busIds;
        var c = CultureInfo.InvariantCulture;
        var list = new List<FmuVariable>
        {
            new("time", TimeRef, FmuScalarType.Real, "independent", "continuous", "s", null, "Simulation time (s)"),
            new("seed", SeedRef, FmuScalarType.Integer, "parameter", "fixed", null, scenario.Seed.ToString(c), "Scenario seed; every random stream derives from it"),
            new("market.interval_s", IntervalRef, FmuScalarType.Real, "parameter", "fixed", "s", (scenario.MarketIntervalMinutes * 60).ToString(c), "Market interval = communication grid (s; whole minutes)"),
            new("market.mechanism", MechanismRef, FmuScalarType.String, "parameter", "fixed", null, scenario.Market.Mechanism, "Clearing mechanism"),
            new("episode", EpisodeRef, FmuScalarType.Integer, "parameter", "fixed", null, "0", "Episode index (its random draws derive from seed and episode)"),
            new("power_factor", PowerFactorRef, FmuScalarType.Real, "parameter", "fixed", "1", "1", "Power factor of every agent's net injection, (0, 1]: q = p·tan(acos(pf)), same sign as p"),
            new("dso.feed_in_usd_per_mwh", FeedInInRef, FmuScalarType.Real, "input", "discrete", "USD/MWh", "-1", "DSO feed-in tariff of the next interval; negative: the scenario's tariff"),
            new("dso.utility_usd_per_mwh", UtilityInRef, FmuScalarType.Real, "input", "discrete", "USD/MWh", "-1", "DSO utility price of the next interval; negative: the scenario's tariff"),
            new("market.clearing_price_usd_per_mwh", PriceRef, FmuScalarType.Real, "output", "discrete", "USD/MWh", null, "Clearing price of the last cleared interval"),
            new("market.clearing_volume_kwh", ClearingVolumeRef, FmuScalarType.Real, "output", "discrete", "kWh", null, "Cleared volume of the last interval"),
            new("market.p2p_volume_kwh", P2PRef, FmuScalarType.Real, "output", "discrete", "kWh", null, "Peer-to-peer volume of the last interval"),
            new("market.dso_volume_kwh", DsoRef, FmuScalarType.Real, "output", "discrete", "kWh", null, "Volume traded with the DSO (bought + sold) in the last interval"),
            new("market.feed_in_tariff_usd_per_mwh", FeedInOutRef, FmuScalarType.Real, "output", "discrete", "USD/MWh", null, "Feed-in tariff applied in the last interval (after any override and congestion widening)"),
            new("market.utility_price_usd_per_mwh", UtilityOutRef, FmuScalarType.Real, "output", "discrete", "USD/MWh", null, "Utility price applied in the last interval (after any override and congestion widening)"),
            new("market.step", StepRef, FmuScalarType.Integer, "output", "discrete", null, null, "Market intervals cleared so far"),
            new("market.done", DoneRef, FmuScalarType.Boolean, "output", "discrete", null, null, "True once the episode's last interval has cleared"),
        };
        for (var i = 0; i < agentIds.Count; i++)
        {
            var a = agentIds[i];
            var b = AgentRef(i, 0);
            list.Add(new($"{a}.generation_kw", b + GenerationIn, FmuScalarType.Real, "input", "discrete", "kW", "-1", "PV generation fed by the master (kW, mean over the interval); negative: the scenario profile"));
            list.Add(new($"{a}.demand_kw", b + DemandIn, FmuScalarType.Real, "input", "discrete", "kW", "-1", "Demand fed by the master (kW, mean over the interval); negative: the scenario profile"));
            list.Add(new($"{a}.net_injection_kw", b + NetInjection, FmuScalarType.Real, "output", "discrete", "kW", null, "Sold minus bought energy per interval hour (kW)"));
            list.Add(new($"{a}.net_injection_kvar", b + NetInjectionKvar, FmuScalarType.Real, "output", "discrete", "kvar", null, "Reactive net injection at the power factor (kvar)"));
            list.Add(new($"{a}.soc", b + Soc, FmuScalarType.Real, "output", "discrete", "1", null, "Battery state of charge (0 without a battery)"));
            list.Add(new($"{a}.energy_level_kwh", b + EnergyLevel, FmuScalarType.Real, "output", "discrete", "kWh", null, "Battery energy level"));
            list.Add(new($"{a}.bought_kwh", b + Bought, FmuScalarType.Real, "output", "discrete", "kWh", null, "Energy bought in the last interval"));
            list.Add(new($"{a}.sold_kwh", b + Sold, FmuScalarType.Real, "output", "discrete", "kWh", null, "Energy sold in the last interval"));
            list.Add(new($"{a}.cash_usd", b + Cash, FmuScalarType.Real, "output", "discrete", "USD", null, "Cash balance"));
            list.Add(new($"{a}.reward", b + Reward, FmuScalarType.Real, "output", "discrete", "1", null, "Reward of the last interval"));
        }

        for (var k = 0; k < busIds.Count; k++)
        {
            list.Add(new($"bus.{busIds[k]}.net_injection_kw", BusRef(k), FmuScalarType.Real, "output", "discrete", "kW", null, "Net injection of the agents on this bus (kW)"));
            list.Add(new($"bus.{busIds[k]}.net_injection_kvar", BusKvarRef(k), FmuScalarType.Real, "output", "discrete", "kvar", null, "Reactive net injection of the agents on this bus (kvar)"));
        }

        _variables = [.. list];
        _slot = new int[_variables.Length];
        var counts = new int[4];
        for (var v = 0; v < _variables.Length; v++)
        {
            _slot[v] = counts[(int)_variables[v].Type]++;
        }

        RealCount = counts[(int)FmuScalarType.Real];
    }

    /// <summary>Bus index of every agent.</summary>
    public IReadOnlyList<int> AgentBus { get; }

    /// <summary>Agent ids in scenario order.</summary>
    public IReadOnlyList<string> AgentIds { get; }

    /// <summary>Bus ids carrying at least one agent: the scenario topology's nodes the environment places agents on ("none" without a grid).</summary>
    public IReadOnlyList<string> BusIds { get; }

    /// <summary>Every variable, ordered by value reference (index = value reference).</summary>
    public IReadOnlyList<FmuVariable> Variables => _variables;

    /// <summary>Number of Real variables (size of the real value array).</summary>
    public int RealCount { get; }

    /// <summary>The layout of a scenario: compiles it and places its agents on the grid (as the environment does) to find their buses.</summary>
    public static MarketVariableLayout FromScenario(ScenarioDocument scenario)
    {
        var env = new LocalEnergyMarketEnvironment(ScenarioCompiler.Compile(scenario), new EnvironmentOptions { RecordHistory = false });
        var busIds = env.Agents.Select(a => a.Spec.NodeId ?? "none").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var agentBus = env.Agents.Select(a => Array.IndexOf(busIds, a.Spec.NodeId ?? "none")).ToArray();
        return new MarketVariableLayout(scenario, env.AgentIds, busIds, agentBus);
    }

    /// <summary>Value reference of agent <paramref name="agent"/>'s variable at <paramref name="offset"/>.</summary>
    public static uint AgentRef(int agent, int offset) => FirstAgentRef + (uint)((agent * PerAgent) + offset);

    /// <summary>Value reference of bus <paramref name="bus"/>'s net injection (kW).</summary>
    public uint BusRef(int bus) => FirstAgentRef + (uint)((AgentIds.Count * PerAgent) + (bus * PerBus));

    /// <summary>Value reference of bus <paramref name="bus"/>'s reactive net injection (kvar).</summary>
    public uint BusKvarRef(int bus) => BusRef(bus) + 1;

    /// <summary>The slot of <paramref name="vr"/> in its type's value array, or -1 when no variable of <paramref name="type"/> has it.</summary>
    public int SlotOf(uint vr, FmuScalarType type) =>
        vr < (uint)_variables.Length && _variables[vr].Type == type ? _slot[vr] : -1;
}
