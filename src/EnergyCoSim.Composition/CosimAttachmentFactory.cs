using EnergyCoSim.Agents.Profiles;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Fmi;
using EnergyCoSim.Grid.Network;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Scenarios;
using EnergyCoSim.Simulation.Sources;

namespace EnergyCoSim.Composition;

/// <summary>
/// Builds the profile and FMU components of a <c>cosim</c> section and their bus injections, collecting every
/// problem with its field path (unknown FMU, unknown variable, bad bus or agent, bad CSV) instead of stopping at the first.
/// </summary>
internal static class CosimAttachmentFactory
{
    /// <summary>Stream purpose of a generated profile component without its own seed.</summary>
    public const string ProfilePurpose = "profile_component";

    private static readonly string[] Reserved = [MarketGridCoupling.MarketName, MarketGridCoupling.GridName, MarketGridCoupling.DsoName];

    public static (List<ICoSimComponent> Sources, List<ICoSimComponent> Devices, List<BusInjection> Injections) Build(
        ScenarioDocument doc, CompiledScenario compiled, GridCase? feeder, IReadOnlyDictionary<string, int> placement, List<FieldViolation> problems)
    {
        var cosim = doc.Cosim!;
        var names = new HashSet<string>(StringComparer.Ordinal);
        var sources = new List<ICoSimComponent>();
        var devices = new List<ICoSimComponent>();
        var injections = new List<BusInjection>();
        for (var i = 0; i < cosim.Profiles.Count; i++)
        {
            var p = cosim.Profiles[i];
            var scope = $"cosim.profiles[{i}]";
            CheckName(p.Name, $"{scope}.name", names, problems);
            if (Profile(doc, compiled, p, scope, problems) is { } component)
            {
                sources.Add(component);
            }
        }

        for (var i = 0; i < cosim.Fmus.Count; i++)
        {
            var f = cosim.Fmus[i];
            var scope = $"cosim.fmus[{i}]";
            CheckName(f.Name, $"{scope}.name", names, problems);
            if (FmuOf(doc, f, scope, problems) is { } component)
            {
                devices.Add(component);
            }

            // Checked even when the FMU itself is wrong, so every problem of the entry is listed together.
            if (Injection(f, feeder, placement, scope, problems) is { } injection)
            {
                injections.Add(injection);
            }
        }

        return (sources, devices, injections);
    }

    private static void CheckName(string name, string field, HashSet<string> names, List<FieldViolation> problems)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Contains('.', StringComparison.Ordinal))
        {
            problems.Add(new FieldViolation(field, name, "must be a non-empty name without dots"));
        }
        else if (Reserved.Contains(name) || name.StartsWith("sum_bus_", StringComparison.Ordinal) || name.StartsWith("gain_", StringComparison.Ordinal))
        {
            problems.Add(new FieldViolation(field, name, "is reserved (market, grid, dso, sum_bus_*, gain_*)"));
        }
        else if (!names.Add(name))
        {
            problems.Add(new FieldViolation(field, name, "is used by another profile or FMU"));
        }
    }

    private static ICoSimComponent? Profile(ScenarioDocument doc, CompiledScenario compiled, ProfileComponentSection p, string scope, List<FieldViolation> problems)
    {
        try
        {
            switch (p.Kind)
            {
                case "csv":
                    var interpolation = p.Interpolation switch
                    {
                        "hold" => ProfileInterpolation.Hold,
                        "linear" => ProfileInterpolation.Linear,
                        _ => (ProfileInterpolation?)null,
                    };
                    if (interpolation is null)
                    {
                        problems.Add(new FieldViolation($"{scope}.interpolation", p.Interpolation, "must be hold or linear"));
                    }

                    if (string.IsNullOrWhiteSpace(p.File))
                    {
                        problems.Add(new FieldViolation($"{scope}.file", p.File, "is required for kind csv (a CSV relative to the scenario file)"));
                        return null;
                    }

                    var path = Path.GetFullPath(Path.Combine(doc.BaseDirectory, p.File));
                    if (!File.Exists(path))
                    {
                        problems.Add(new FieldViolation($"{scope}.file", p.File, $"does not exist ({path})"));
                        return null;
                    }

                    var table = CsvProfileTable.Load(path);
                    return interpolation is { } mode ? CsvProfileComponent.Create(p.Name, table, p.TimeColumn, p.Columns, p.Unit, mode, scope) : null;
                case "solar" or "residential" or "random":
                    var kind = p.Kind switch { "solar" => GeneratedProfileKind.Solar, "residential" => GeneratedProfileKind.Residential, _ => GeneratedProfileKind.Random };
                    var stream = p.Seed is { } seed ? new RandomStreams(seed).For(ProfilePurpose, p.Name) : compiled.Streams.For(ProfilePurpose, p.Name);
                    return GeneratedProfileComponent.Create(p.Name, kind, doc.MaxSteps, compiled.MarketInterval, stream, p.CapacityKw, p.MinKw, p.MaxKw, scope);
                default:
                    problems.Add(new FieldViolation($"{scope}.kind", p.Kind, "must be csv, solar, residential or random"));
                    return null;
            }
        }
        catch (ValidationException ex)
        {
            problems.AddRange(ex.Violations);
            return null;
        }
    }

    private static FmuComponent? FmuOf(ScenarioDocument doc, FmuComponentSection f, string scope, List<FieldViolation> problems)
    {
        if (f.FmiVersion is not (2 or 3))
        {
            problems.Add(new FieldViolation($"{scope}.fmi_version", FieldViolation.Render(f.FmiVersion), "must be 2 or 3"));
            return null;
        }

        string? path;
        if (string.IsNullOrWhiteSpace(f.Fmu))
        {
            problems.Add(new FieldViolation($"{scope}.fmu", f.Fmu, "must name a project FMU (e.g. Battery) or a path to an .fmu"));
            return null;
        }
        else if (ProjectFmus.IsPath(f.Fmu))
        {
            path = Path.GetFullPath(Path.Combine(doc.BaseDirectory, f.Fmu));
            if (!File.Exists(path))
            {
                problems.Add(new FieldViolation($"{scope}.fmu", f.Fmu, $"does not exist ({path})"));
                return null;
            }
        }
        else if ((path = ProjectFmus.Locate(f.Fmu, f.FmiVersion)) is null)
        {
            var available = ProjectFmus.Available(f.FmiVersion);
            problems.Add(new FieldViolation($"{scope}.fmu", f.Fmu, available.Count > 0
                ? $"is not a project FMU for FMI {f.FmiVersion} (available: {string.Join(", ", available)}) nor a path to an .fmu"
                : $"is not a path to an .fmu, and no project FMUs were found in {ProjectFmus.Folder(f.FmiVersion)} (build fmus/EnergyCoSim.Fmus.csproj)"));
            return null;
        }

        Fmu? fmu = null;
        var before = problems.Count;
        try
        {
            fmu = Fmu.Load(path);
            var description = fmu.ComponentDescription;
            var parameters = new List<(uint, double)>();
            foreach (var (key, value) in f.Parameters)
            {
                if (!description.TryGetVariable(key, out var v) || v.Type != VariableType.Real || v.Causality is not (VariableCausality.Parameter or VariableCausality.Input))
                {
                    problems.Add(new FieldViolation($"{scope}.parameters.{key}", FieldViolation.Render(value), $"is not a Real parameter or input of {fmu.ModelDescription.ModelName} ({Settable(description)})"));
                }
                else
                {
                    parameters.Add((v.Reference, value));
                }
            }

            if (f.Injection is { } inj && (!description.TryGetVariable(inj.Variable, out var o) || o.Type != VariableType.Real || o.Causality != VariableCausality.Output))
            {
                problems.Add(new FieldViolation($"{scope}.injection.variable", inj.Variable, $"is not a Real output of {fmu.ModelDescription.ModelName} (outputs: {string.Join(", ", description.Variables.Where(x => x.Causality == VariableCausality.Output && x.Type == VariableType.Real).Select(x => x.Name))})"));
            }

            if (problems.Count > before || string.IsNullOrWhiteSpace(f.Name) || f.Name.Contains('.', StringComparison.Ordinal))
            {
                fmu.Dispose();
                return null;
            }

            return new FmuComponent(fmu, fmu.Instantiate(f.Name), parameters);
        }
        catch (EnergyCoSimException ex)
        {
            fmu?.Dispose();
            problems.Add(new FieldViolation($"{scope}.fmu", f.Fmu, $"cannot be loaded: {ex.Message}"));
            return null;
        }
    }

    private static BusInjection? Injection(FmuComponentSection f, GridCase? feeder, IReadOnlyDictionary<string, int> placement, string scope, List<FieldViolation> problems)
    {
        if (f.Bus is null && f.Agent is null)
        {
            return null;
        }

        if (f.Bus is not null && f.Agent is not null)
        {
            problems.Add(new FieldViolation($"{scope}.agent", f.Agent, $"give bus ({f.Bus}) or agent, not both"));
            return null;
        }

        if (f.Injection is not { } inj)
        {
            problems.Add(new FieldViolation($"{scope}.injection", null, "is required with a bus or agent (the output that adds to the bus, e.g. { variable: power_kW, gain: -1 })"));
            return null;
        }

        if (!double.IsFinite(inj.Gain))
        {
            problems.Add(new FieldViolation($"{scope}.injection.gain", FieldViolation.Render(inj.Gain), "must be a finite number"));
        }

        int bus;
        if (f.Agent is { } agent)
        {
            if (!placement.TryGetValue(agent, out bus))
            {
                problems.Add(new FieldViolation($"{scope}.agent", agent, $"is not an agent of the scenario (agents: {string.Join(", ", placement.Keys)})"));
                return null;
            }
        }
        else
        {
            bus = f.Bus!.Value;
            var b = feeder?.Buses.FirstOrDefault(x => x.Id == bus);
            if (feeder is not null && (b is null || b.Type == BusType.Slack))
            {
                problems.Add(new FieldViolation($"{scope}.bus", FieldViolation.Render(bus), b is null ? $"is not a bus of feeder '{feeder.Name}'" : "is the slack bus (its voltage is fixed); choose a load bus"));
                return null;
            }
        }

        return new BusInjection(bus, $"{f.Name}.{inj.Variable}", inj.Gain);
    }

    private static string Settable(ComponentDescription d) =>
        "settable: " + string.Join(", ", d.Variables.Where(v => v.Type == VariableType.Real && v.Causality is VariableCausality.Parameter or VariableCausality.Input).Select(v => v.Name));
}
