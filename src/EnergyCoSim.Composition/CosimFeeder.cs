using EnergyCoSim.Core.Errors;
using EnergyCoSim.Grid.Feeders;
using EnergyCoSim.Grid.Network;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.Composition;

/// <summary>
/// The feeder a scenario's <c>cosim.power_flow</c> section names (loads scaled by <c>load_scale</c>) and the bus of
/// every agent on it: <see cref="MarketGridCoupling.DefaultPlacement"/> overridden by <c>cosim.power_flow.buses</c>.
/// One place for the coupled run and for hosts that only need the placement (gRPC sessions with a remote solver).
/// </summary>
public static class CosimFeeder
{
    /// <summary>
    /// The feeder and placement of <paramref name="scenario"/> (compiled as <paramref name="compiled"/>); throws a
    /// <see cref="ValidationException"/> listing every problem (unknown feeder, bad load scale, an agent on no bus,
    /// an unknown bus or the slack).
    /// </summary>
    public static (GridCase Feeder, IReadOnlyDictionary<string, int> BusOfAgent) Place(ScenarioDocument scenario, CompiledScenario compiled)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(compiled);
        var cosim = scenario.Cosim ?? throw new ValidationException("cosim", null, $"scenario '{scenario.Name}' has no cosim section (feeder and placement)");
        var problems = new List<FieldViolation>();
        Check(cosim.PowerFlow, problems);
        var (feeder, placement) = Load(cosim.PowerFlow, compiled);
        if (problems.Count > 0)
        {
            throw new ValidationException(problems, $"scenario '{scenario.Name}'");
        }

        MarketGridCoupling.Validate(compiled, feeder!, placement, []);
        return (feeder!, placement);
    }

    /// <summary>Adds the problems of the feeder name and load scale of <paramref name="pf"/> to <paramref name="problems"/>.</summary>
    internal static void Check(PowerFlowSection pf, List<FieldViolation> problems)
    {
        if (!BuiltInFeeders.Exists(pf.Feeder))
        {
            problems.Add(new FieldViolation("cosim.power_flow.feeder", pf.Feeder, $"must be one of {string.Join(", ", BuiltInFeeders.Names)}"));
        }

        if (!(pf.LoadScale >= 0) || !double.IsFinite(pf.LoadScale))
        {
            problems.Add(new FieldViolation("cosim.power_flow.load_scale", FieldViolation.Render(pf.LoadScale), "must be a finite number ≥ 0"));
        }
    }

    /// <summary>The feeder (null when its name is unknown, reported by <see cref="Check"/>) and the placement, unvalidated.</summary>
    internal static (GridCase? Feeder, Dictionary<string, int> Placement) Load(PowerFlowSection pf, CompiledScenario compiled)
    {
        GridCase? feeder = null;
        var placement = new Dictionary<string, int>(StringComparer.Ordinal);
        if (BuiltInFeeders.Exists(pf.Feeder))
        {
            feeder = BuiltInFeeders.Load(pf.Feeder);
            feeder = pf.LoadScale == 1 || !(pf.LoadScale >= 0) ? feeder : feeder.WithLoadsScaled(pf.LoadScale);
            foreach (var (agent, bus) in MarketGridCoupling.DefaultPlacement(compiled, feeder))
            {
                placement[agent] = bus;
            }
        }

        foreach (var (agent, bus) in pf.Buses)
        {
            placement[agent] = bus;
        }

        return (feeder, placement);
    }
}
