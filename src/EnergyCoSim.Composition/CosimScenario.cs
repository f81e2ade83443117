using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Master;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Coupling;
using EnergyCoSim.Simulation.Environments;
using EnergyCoSim.Simulation.Running;
using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.Composition;

/// <summary>Turns a scenario with a <c>cosim</c> section into a coupled execution; every problem is listed at once.</summary>
public static class CosimScenario
{
    /// <summary>
    /// Builds the run of <paramref name="scenario"/>; <paramref name="until"/> (market intervals) and
    /// <paramref name="realtimeFactor"/> override the file's algorithm settings. <paramref name="remoteGrid"/> builds
    /// the grid component when the scenario sets <c>cosim.power_flow.solver: remote</c>.
    /// </summary>
    /// <remarks><paramref name="clock"/> paces real-time runs (default: the system clock; tests pass a manual one).</remarks>
    public static CoupledRun Build(
        ScenarioDocument scenario,
        int? until = null,
        double? realtimeFactor = null,
        EnvironmentOptions? environment = null,
        TimeProvider? clock = null,
        RemoteGridFactory? remoteGrid = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var cosim = scenario.Cosim ?? throw new ValidationException("cosim", null, $"scenario '{scenario.Name}' has no cosim section (components, feeder, algorithm)");
        var problems = new List<FieldViolation>();
        var pf = cosim.PowerFlow;
        CosimFeeder.Check(pf, problems);

        var remote = PowerFlowSolverSettings.From(pf, "cosim.power_flow", problems);
        if (pf.Solver == PowerFlowSolverSettings.Remote && remoteGrid is null)
        {
            problems.Add(new FieldViolation("cosim.power_flow.solver", pf.Solver, "needs a host that can reach a GridSolver (energycosim cosim or serve); this caller offers only embedded"));
        }

        var factor = realtimeFactor ?? cosim.Algorithm.RealtimeFactor;
        if (factor is { } f && !(f > 0 && double.IsFinite(f)))
        {
            problems.Add(new FieldViolation("cosim.algorithm.realtime_factor", FieldViolation.Render(f), "must be a positive finite number"));
        }

        var g = cosim.GridOperator;
        GridOperatorOptions? dso = Collect(problems, "cosim.grid_operator", () => new GridOperatorOptions(g.VMinPu, g.VMaxPu, g.MarginPu, g.RelaxBandPu, g.LoadingLimitPct, g.FeeStepUsdPerMwh, g.MaxFeeUsdPerMwh));
        var a = cosim.Algorithm;
        var options = Collect(problems, "cosim.algorithm", () => new CoupledRunOptions(a.MaxIterations, a.ToleranceKw, dso ?? GridOperatorOptions.Default, until ?? a.Steps) { Clock = clock ?? TimeProvider.System });
        var couplings = new List<(string From, string To, ConnectionSettings Settings)>();
        var gains = new List<GainConnection>();
        for (var i = 0; i < cosim.Connections.Count; i++)
        {
            var c = cosim.Connections[i];
            ConnectionSettings? settings = c.Coupling switch
            {
                "direct" => ConnectionSettings.Direct,
                "time_shifted" => ConnectionSettings.TimeShifted,
                "iterative" => ConnectionSettings.Iterative(a.ToleranceKw, a.MaxIterations),
                _ => null,
            };
            if (settings is null)
            {
                problems.Add(new FieldViolation($"cosim.connections[{i}].coupling", c.Coupling, "must be direct, time_shifted or iterative"));
            }
            else if (!double.IsFinite(c.Gain))
            {
                problems.Add(new FieldViolation($"cosim.connections[{i}].gain", FieldViolation.Render(c.Gain), "must be a finite number"));
            }
            else if (c.Gain == 1)
            {
                couplings.Add((c.From, c.To, settings));
            }
            else
            {
                gains.Add(new GainConnection(c.From, c.To, c.Gain, settings));
            }
        }

        var steps = Math.Min(until ?? a.Steps ?? scenario.MaxSteps, scenario.MaxSteps);
        CosimEvents.Validate(cosim.Events, steps, problems);

        // The scenario's own problems are reported by the compiler; the cosim section's are collected below.
        var compiled = ScenarioCompiler.Compile(scenario);
        var (feeder, placement) = CosimFeeder.Load(pf, compiled);

        var (sources, devices, injections) = CosimAttachmentFactory.Build(scenario, compiled, feeder, placement, problems);
        if (problems.Count > 0)
        {
            foreach (var c in sources.Concat(devices))
            {
                c.Dispose();
            }

            throw new ValidationException(problems, $"scenario '{scenario.Name}'");
        }

        var attachments = new CouplingAttachments { Sources = sources, Devices = devices, BusInjections = injections, Gains = gains };
        var grid = remote is null ? null : remoteGrid!(MarketGridCoupling.GridName, remote.Address, remote.Deadline, feeder!.Buses.Select(b => b.Id).ToArray(), MarketGridCoupling.RemoteBranchIds(feeder), feeder.Branches.Select(b => b.InService).ToArray());
        CoupledRun run;
        try
        {
            run = MarketGridCoupling.Build(
                compiled,
                StrategyCatalog.Create(scenario.Strategy),
                feeder!,
                placement,
                options,
                environment,
                builder =>
                {
                    foreach (var (from, to, settings) in couplings)
                    {
                        builder.Connect(from, to, settings);
                    }

                    if (cosim.Events.Count > 0)
                    {
                        builder.AddManipulator(CosimEvents.Manipulator(cosim.Events, SimulationDuration.From(compiled.MarketInterval, TimeResolution.Second)));
                    }
                },
                o => factor is { } rt ? o with { RealTime = new RealTimeOptions(rt, RealTimeMode.Soft) } : o,
                attachments,
                grid);
        }
        catch
        {
            // The execution was not built, so nothing owns the FMUs yet.
            foreach (var c in sources.Concat(devices))
            {
                c.Dispose();
            }

            grid?.Dispose();
            throw;
        }

        CosimEvents.CheckTargets(cosim.Events, run.Execution, problems);
        if (problems.Count > 0)
        {
            run.Dispose();
            throw new ValidationException(problems, $"scenario '{scenario.Name}'");
        }

        return run;
    }

    private static T? Collect<T>(List<FieldViolation> problems, string prefix, Func<T> create)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ValidationException ex)
        {
            problems.AddRange(ex.Violations.Select(v => v with { Field = $"{prefix}.{v.Field.Split('.')[^1]}" }));
            return null;
        }
    }
}
