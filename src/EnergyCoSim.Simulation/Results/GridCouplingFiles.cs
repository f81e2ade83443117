using static EnergyCoSim.Simulation.Results.RunCsv;

namespace EnergyCoSim.Simulation.Results;

/// <summary>
/// Writes and reads the grid records of a coupled scenario in its run-directory folder (docs/run-output.md):
/// <c>coupling.csv</c>, <c>grid_voltages.csv</c>, <c>grid_loadings.csv</c> and <c>grid.json</c>.
/// </summary>
public static class GridCouplingFiles
{
    /// <summary>True when <paramref name="scenarioDirectory"/> holds the grid records of a coupled run.</summary>
    public static bool Exist(string scenarioDirectory) => File.Exists(Path.Combine(scenarioDirectory, RunFiles.Grid));

    /// <summary>Writes the four files into <paramref name="scenarioDirectory"/> (created if needed).</summary>
    public static void Write(string scenarioDirectory, GridCouplingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(scenarioDirectory);
        RunJson.Write(Path.Combine(scenarioDirectory, RunFiles.Grid), new GridCouplingFile
        {
            Feeder = result.Feeder,
            VMinPu = result.VMinPu,
            VMaxPu = result.VMaxPu,
            IntervalHours = result.IntervalHours,
            MaxIterations = result.MaxIterations,
            BusIds = result.BusIds,
            FixedVoltageBuses = result.FixedVoltageBuses,
            Branches = result.Branches,
            Intervals = result.Steps.Count,
        });
        using (var w = Create(Path.Combine(scenarioDirectory, RunFiles.Coupling)))
        {
            WriteLine(w, [.. RunFiles.CouplingHeader]);
            foreach (var r in result.Steps)
            {
                WriteLine(w, I(r.Step), I(r.Iterations), r.Converged ? "true" : "false", D(r.VMinPu), D(r.VMaxPu), I(r.WorstBus), D(r.MaxLoadingPct),
                    D(r.LossesKw), I(r.Violations), D(r.CurtailedKwh), D(r.ClearingPriceUsdPerMWh), D(r.P2PVolumeKwh));
            }
        }

        WriteSeries(Path.Combine(scenarioDirectory, RunFiles.GridVoltages), VoltageHeader(result.BusIds), result.Steps, r => r.VoltagesPu);
        WriteSeries(Path.Combine(scenarioDirectory, RunFiles.GridLoadings), LoadingHeader(result.Branches), result.Steps, r => r.LoadingsPct);
    }

    /// <summary>Reads the four files back; every double comes back with the same bits.</summary>
    public static GridCouplingResult Read(string scenarioDirectory)
    {
        var g = RunJson.Read<GridCouplingFile>(Path.Combine(scenarioDirectory, RunFiles.Grid));
        var voltages = ReadSeries(Path.Combine(scenarioDirectory, RunFiles.GridVoltages), VoltageHeader(g.BusIds));
        var loadings = ReadSeries(Path.Combine(scenarioDirectory, RunFiles.GridLoadings), LoadingHeader(g.Branches));
        var steps = new List<GridStepRecord>();
        foreach (var f in RunCsv.Read(Path.Combine(scenarioDirectory, RunFiles.Coupling), RunFiles.CouplingHeader))
        {
            var step = ParseI(f[0]);
            var row = steps.Count;
            if (row >= voltages.Count || row >= loadings.Count || voltages[row].Step != step || loadings[row].Step != step)
            {
                throw new Core.Errors.ValidationException($"{RunFiles.Coupling}:row {row + 2}", step, $"{RunFiles.GridVoltages} and {RunFiles.GridLoadings} must hold the same steps in the same order");
            }

            steps.Add(new GridStepRecord(step, ParseI(f[1]), ParseBool(f[2]), ParseD(f[3]), ParseD(f[4]), ParseI(f[5]), ParseD(f[6]), ParseD(f[7]),
                ParseI(f[8]), ParseD(f[9]), ParseD(f[10]), ParseD(f[11]), voltages[row].Values, loadings[row].Values));
        }

        if (steps.Count != voltages.Count || steps.Count != loadings.Count || steps.Count != g.Intervals)
        {
            throw new Core.Errors.ValidationException(RunFiles.Coupling, steps.Count, $"{RunFiles.Grid} announces {g.Intervals} intervals, {RunFiles.GridVoltages} holds {voltages.Count}, {RunFiles.GridLoadings} {loadings.Count}");
        }

        return new GridCouplingResult
        {
            Feeder = g.Feeder,
            VMinPu = g.VMinPu,
            VMaxPu = g.VMaxPu,
            IntervalHours = g.IntervalHours,
            MaxIterations = g.MaxIterations,
            BusIds = g.BusIds,
            FixedVoltageBuses = g.FixedVoltageBuses,
            Branches = g.Branches,
            Steps = steps,
        };
    }

    private static string[] VoltageHeader(IReadOnlyList<int> busIds) => ["step", .. busIds.Select(b => $"bus_{I(b)}_pu")];

    private static string[] LoadingHeader(IReadOnlyList<string> branches) => ["step", .. branches.Select(b => b + "_pct")];

    private static bool ParseBool(string s) => s switch
    {
        "true" => true,
        "false" => false,
        _ => throw new Core.Errors.ValidationException($"{RunFiles.Coupling}:converged", s, "must be true or false"),
    };

    private static void WriteSeries(string path, string[] header, IReadOnlyList<GridStepRecord> steps, Func<GridStepRecord, IReadOnlyList<double>> values)
    {
        using var w = Create(path);
        WriteLine(w, header);
        foreach (var r in steps)
        {
            var v = values(r);
            if (v.Count != header.Length - 1)
            {
                throw new Core.Errors.ValidationException($"{Path.GetFileName(path)}:step {r.Step}", v.Count, $"must hold {header.Length - 1} values, one per column");
            }

            WriteLine(w, [I(r.Step), .. v.Select(D)]);
        }
    }

    private static List<(int Step, double[] Values)> ReadSeries(string path, string[] header) =>
        RunCsv.Read(path, header).Select(f => (ParseI(f[0]), f.Skip(1).Select(ParseD).ToArray())).ToList();
}
