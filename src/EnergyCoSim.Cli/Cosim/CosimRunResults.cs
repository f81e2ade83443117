using EnergyCoSim.Composition;
using EnergyCoSim.Grid.Components;
using EnergyCoSim.Simulation.Results;
using EnergyCoSim.Simulation.Running;
using EnergyCoSim.Simulation.Scenarios;

namespace EnergyCoSim.Cli.Cosim;

/// <summary>Turns a finished coupled run into a <see cref="ScenarioResult"/>: the market side as <c>run</c> records it plus the grid records.</summary>
internal static class CosimRunResults
{
    public static ScenarioResult Build(CoupledRun run, ScenarioDocument scenario)
    {
        var env = run.Market.Environment;
        var name = scenario.Name ?? "cosim";
        var episode = new EpisodeResult(name, env.Episode < 0 ? 0 : (int)env.Episode, env.MarketHistory.ToArray(), env.AgentHistory.ToArray());
        var market = ScenarioRunner.Summarize(env.Scenario, env, StrategyCatalog.Create(scenario.Strategy).Name, [episode]);
        return market with { Coupling = Grid(run, scenario) };
    }

    private static GridCouplingResult Grid(CoupledRun run, ScenarioDocument scenario)
    {
        // Bus and branch columns in the order the recorder reads them: the power-flow component's variable order.
        var variables = run.GridComponent.Description.Variables.Select(v => v.Name).ToArray();
        var busSuffix = "." + PowerFlowVariableNames.VPu;
        var branchSuffix = "." + PowerFlowVariableNames.LoadingPct;
        var busIds = variables.Where(v => v.StartsWith("bus_", StringComparison.Ordinal) && v.EndsWith(busSuffix, StringComparison.Ordinal))
            .Select(v => int.Parse(v.AsSpan(4, v.Length - 4 - busSuffix.Length), System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var branches = variables.Where(v => v.EndsWith(branchSuffix, StringComparison.Ordinal)).Select(v => v[..^branchSuffix.Length]).ToArray();
        var (vMin, vMax) = run.Recorder.Band;
        return new GridCouplingResult
        {
            Feeder = scenario.Cosim?.PowerFlow.Feeder ?? run.GridComponent.Name,
            VMinPu = vMin,
            VMaxPu = vMax,
            IntervalHours = run.Market.Environment.Scenario.MarketInterval.TotalHours,
            MaxIterations = scenario.Cosim?.Algorithm.MaxIterations ?? 0,
            BusIds = busIds,
            FixedVoltageBuses = run.Recorder.FixedVoltageBuses.Where(busIds.Contains).Order().ToArray(),
            Branches = branches,
            Steps = run.Recorder.Records.Select(r => new GridStepRecord(
                r.Step, r.Iterations, r.Converged, r.VMinPu, r.VMaxPu, r.WorstBus, r.MaxLoadingPct, r.LossesKw, r.Violations, r.CurtailedKwh,
                r.ClearingPrice, r.P2PVolumeKwh, r.VoltagesPu, r.LoadingsPct)).ToArray(),
        };
    }
}
