using System.Globalization;
using static EnergyCoSim.Simulation.Results.RunCsv;

namespace EnergyCoSim.Simulation.Results;

/// <summary>Writes scenario results as a run directory (docs/run-output.md): one folder per scenario plus a root summary.</summary>
public static class RunDirectoryWriter
{
    /// <summary>Writes every scenario and the root summary; returns the run directory's full path.</summary>
    public static string Write(string runDirectory, IReadOnlyList<ScenarioResult> results, string energyCoSimVersion, string? machine = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        foreach (var r in results)
        {
            WriteScenario(runDirectory, r);
        }

        WriteRunSummary(runDirectory, results, energyCoSimVersion, machine);
        return Path.GetFullPath(runDirectory);
    }

    /// <summary>Writes <c>&lt;run&gt;/&lt;scenario&gt;/</c> with its three CSV files and summary.json (plus the grid files of a coupled run); returns that folder.</summary>
    public static string WriteScenario(string runDirectory, ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var dir = Path.Combine(runDirectory, ScenarioFolderName(result.Scenario));
        Directory.CreateDirectory(dir);
        WriteMarketSteps(Path.Combine(dir, RunFiles.MarketSteps), result.Episodes);
        WriteTrades(Path.Combine(dir, RunFiles.Trades), result.Episodes);
        WriteAgents(Path.Combine(dir, RunFiles.Agents), result.Episodes);
        RunJson.Write(Path.Combine(dir, RunFiles.Summary), new ScenarioSummaryFile
        {
            Scenario = result.Scenario,
            Seed = result.Seed,
            Strategy = result.Strategy,
            GridCapacityKw = result.GridCapacityKW,
            Episodes = result.Episodes.Count,
            Settings = result.Settings,
            Storage = result.Storage,
            Performance = result.Performance,
            Coordination = result.Coordination,
            Dso = result.Dso,
            Grid = result.Grid,
            Market = result.Market,
        });
        if (result.Coupling is { } coupling)
        {
            GridCouplingFiles.Write(dir, coupling);
        }

        return dir;
    }

    /// <summary>Writes the root <c>summary.json</c> (ranking by final reward, best first).</summary>
    public static void WriteRunSummary(string runDirectory, IReadOnlyList<ScenarioResult> results, string energyCoSimVersion, string? machine = null)
    {
        Directory.CreateDirectory(runDirectory);
        RunJson.Write(Path.Combine(runDirectory, RunFiles.Summary), BuildRunSummary(results, energyCoSimVersion, machine));
    }

    /// <summary>The root summary of <paramref name="results"/> as <see cref="WriteRunSummary"/> writes it.</summary>
    public static RunSummary BuildRunSummary(IReadOnlyList<ScenarioResult> results, string energyCoSimVersion, string? machine = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new RunSummary
        {
            EnergyCoSimVersion = energyCoSimVersion,
            Machine = machine ?? DescribeMachine(),
            Scenarios = results.Select(r => r.Scenario).ToArray(),
            Ranking = Rank(results),
            Performance = results.ToDictionary(r => r.Scenario, r => r.Performance, StringComparer.Ordinal),
        };
    }

    /// <summary>Scenario names by final reward, best first; ties broken by name so the ranking is deterministic.</summary>
    public static IReadOnlyList<string> Rank(IReadOnlyList<ScenarioResult> results) =>
        results.OrderByDescending(r => r.Performance.FinalReward).ThenBy(r => r.Scenario, StringComparer.Ordinal).Select(r => r.Scenario).ToArray();

    /// <summary>The folder name of a scenario: the name with characters invalid in file names replaced by '_'.</summary>
    public static string ScenarioFolderName(string scenario)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scenario);
        var invalid = Path.GetInvalidFileNameChars();
        return new string(scenario.Select(c => invalid.Contains(c) || c == '\\' ? '_' : c).ToArray());
    }

    /// <summary>OS, architecture, cores and runtime of this machine.</summary>
    public static string DescribeMachine() =>
        string.Create(CultureInfo.InvariantCulture, $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription.Trim()} {System.Runtime.InteropServices.RuntimeInformation.OSArchitecture}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");

    private static void WriteMarketSteps(string path, IReadOnlyList<EpisodeResult> episodes)
    {
        using var w = Create(path);
        WriteLine(w, [.. RunFiles.MarketStepsHeader]);
        foreach (var e in episodes)
        {
            foreach (var m in e.MarketSteps)
            {
                WriteLine(w, I(e.Episode), I(m.Step), D(m.ClearingPrice), D(m.ClearingVolume), D(m.P2PVolume), D(m.DsoBuyVolume), D(m.DsoSellVolume),
                    D(m.GridBalance), D(m.GridCongestion), D(m.FeedInTariff), D(m.UtilityPrice), D(m.LocalPriceAverage), D(m.LocalPriceAdvantage),
                    I(m.UnmatchedOrders), I(m.Trades.Count));
            }
        }
    }

    private static void WriteTrades(string path, IReadOnlyList<EpisodeResult> episodes)
    {
        using var w = Create(path);
        WriteLine(w, [.. RunFiles.TradesHeader]);
        foreach (var e in episodes)
        {
            foreach (var m in e.MarketSteps)
            {
                foreach (var t in m.Trades)
                {
                    WriteLine(w, I(e.Episode), I(m.Step), Field(t.BuyerId), Field(t.SellerId), D(t.Price.Value), D(t.Quantity.Value), D(t.Timestamp),
                        t.Stage.ToString(), D(t.DistanceKm), D(t.TransmissionLoss.Value), D(t.Fees.Value));
                }
            }
        }
    }

    private static void WriteAgents(string path, IReadOnlyList<EpisodeResult> episodes)
    {
        using var w = Create(path);
        WriteLine(w, [.. RunFiles.AgentsHeader]);
        foreach (var a in episodes.SelectMany(e => e.AgentSteps))
        {
            WriteLine(w, I(a.Episode), I(a.Step), Field(a.AgentId), D(a.GenerationKWh), D(a.DemandKWh), D(a.BoughtKWh), D(a.SoldKWh), D(a.ChargeKWh),
                D(a.DischargeKWh), D(a.CurtailedKWh), D(a.UnservedKWh), a.Soc is { } soc ? D(soc) : "", D(a.EnergyLevelKWh), D(a.CashUsd), D(a.Reward), D(a.Reputation));
        }
    }
}
