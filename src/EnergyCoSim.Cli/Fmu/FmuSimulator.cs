using System.Globalization;
using EnergyCoSim.Cli.Infrastructure;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Fmi;

namespace EnergyCoSim.Cli.Fmu;

/// <summary>Runs one FMU alone with fixed steps and writes its outputs as CSV (time first, then every scalar output).</summary>
internal static class FmuSimulator
{
    public static async Task<int> RunAsync(FmuSimulationOptions options, TextWriter csv, CliContext context, CancellationToken cancellationToken)
    {
        if (!(options.Step > 0) || !double.IsFinite(options.Step))
        {
            throw new ValidationException("--step", options.Step, "must be a positive number of seconds");
        }

        using var fmu = EnergyCoSim.Fmi.Fmu.Load(options.File, context.LoggerFactory);
        using var instance = fmu.Instantiate(fmu.ModelDescription.ModelName);
        var start = options.Start ?? fmu.ModelDescription.DefaultExperiment?.StartTime ?? 0.0;
        if (!(options.Stop > start))
        {
            throw new ValidationException("--stop", options.Stop, $"must be after the start time {start.ToString("R", CultureInfo.InvariantCulture)}");
        }

        instance.Setup(start, options.Stop);
        foreach (var assignment in options.Assignments)
        {
            Apply(instance, assignment);
        }

        instance.EnterInitialization();
        instance.ExitInitialization();
        var outputs = instance.Description.Variables.Where(v => v.Causality == VariableCausality.Output).ToArray();
        await csv.WriteLineAsync("time," + string.Join(",", outputs.Select(v => v.Name))).ConfigureAwait(false);
        await WriteRowAsync(csv, instance, start, outputs).ConfigureAwait(false);

        var t = start;
        var steps = 0L;
        while (options.Stop - t > options.Step * 1e-9)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var h = Math.Min(options.Step, options.Stop - t);
            var result = instance.DoStep(t, h);
            if (result.Outcome != StepOutcome.Accepted)
            {
                await context.Error.WriteLineAsync($"error: step at t={t.ToString("R", CultureInfo.InvariantCulture)} s was {result.Outcome}: {result.Message}")
                    .ConfigureAwait(false);
                return ExitCodes.ModelFailure;
            }

            steps++;
            t = start + (steps * options.Step);
            t = Math.Min(t, options.Stop);
            await WriteRowAsync(csv, instance, t, outputs).ConfigureAwait(false);
        }

        instance.Terminate();
        return ExitCodes.Success;
    }

    private static void Apply(FmuInstance instance, string assignment)
    {
        var eq = assignment.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            throw new ValidationException("--set", assignment, "must have the form name=value");
        }

        var variable = instance.Description.GetVariable(assignment[..eq]);
        var text = assignment[(eq + 1)..];
        uint[] vr = [variable.Reference];
        switch (variable.Type)
        {
            case VariableType.Real when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d):
                instance.SetReal(vr, [d]);
                break;
            case VariableType.Integer when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i):
                instance.SetInteger(vr, [i]);
                break;
            case VariableType.Boolean when bool.TryParse(text, out var b):
                instance.SetBoolean(vr, [b]);
                break;
            case VariableType.String:
                instance.SetString(vr, [text]);
                break;
            default:
                throw new ValidationException("--set", assignment, $"is not a valid {variable.Type} value for {variable.Name}");
        }
    }

    private static async Task WriteRowAsync(TextWriter csv, FmuInstance instance, double time, VariableDescription[] outputs)
    {
        var cells = new string[outputs.Length + 1];
        cells[0] = time.ToString("R", CultureInfo.InvariantCulture);
        for (var i = 0; i < outputs.Length; i++)
        {
            cells[i + 1] = Read(instance, outputs[i]);
        }

        await csv.WriteLineAsync(string.Join(",", cells)).ConfigureAwait(false);
    }

    private static string Read(FmuInstance instance, VariableDescription v)
    {
        uint[] vr = [v.Reference];
        switch (v.Type)
        {
            case VariableType.Real:
                var d = new double[1];
                instance.GetReal(vr, d);
                return d[0].ToString("R", CultureInfo.InvariantCulture);
            case VariableType.Integer:
                var l = new long[1];
                instance.GetInteger(vr, l);
                return l[0].ToString(CultureInfo.InvariantCulture);
            case VariableType.Boolean:
                var b = new bool[1];
                instance.GetBoolean(vr, b);
                return b[0] ? "true" : "false";
            case VariableType.String:
                var s = new string[1];
                instance.GetString(vr, s);
                return "\"" + s[0].Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            case VariableType.Binary when instance is Fmi3Instance fmi3:
                return Convert.ToHexStringLower(fmi3.GetBinary(vr)[0]);
            default:
                return string.Empty;
        }
    }
}
