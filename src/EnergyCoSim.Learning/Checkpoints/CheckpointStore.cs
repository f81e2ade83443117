using System.Text.Json;
using System.Text.Json.Serialization;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Random;
using EnergyCoSim.Learning.Native;
using EnergyCoSim.Learning.Networks;
using EnergyCoSim.Learning.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace EnergyCoSim.Learning.Checkpoints;

/// <summary>
/// Reads and writes checkpoint directories: <c>checkpoint.json</c> (manifest), <c>networks.bin</c> (all network
/// weights, TorchSharp format), <c>optimizer.bin</c> (optimiser state) and algorithm extras (<c>extra.bin</c>).
/// </summary>
internal static class CheckpointStore
{
    public const string ManifestFile = "checkpoint.json";
    public const string NetworksFile = "networks.bin";
    public const string OptimizerFile = "optimizer.bin";
    public const string ExtraFile = "extra.bin";
    private const int Format = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static void Save(string directory, TrainingState state, TorchSharp.Modules.OptimizerHelper? optimizer)
    {
        Directory.CreateDirectory(directory);
        var shuffle = state.Shuffle.State;
        var manifest = new CheckpointManifest(
            Format,
            state.Options,
            state.Spec.AgentIds,
            state.Spec.ObservationSize,
            state.Spec.ActionBoxes,
            state.Iteration,
            state.Normalizers.Select(ToState).ToArray(),
            state.RewardScalers.Select(ToState).ToArray(),
            [shuffle.S0, shuffle.S1, shuffle.S2, shuffle.S3],
            [.. state.Records]);
        File.WriteAllText(Path.Combine(directory, ManifestFile), JsonSerializer.Serialize(manifest, Json));
        LibTorchGuard.Run(() =>
        {
            state.Networks.save(Path.Combine(directory, NetworksFile));
            optimizer?.save_state_dict(Path.Combine(directory, OptimizerFile));
        });
    }

    /// <summary>Rebuilds the training state; the optimiser file path is returned for the trainer to load into its optimiser.</summary>
    public static TrainingState Load(string directory, TrainerOptions? overrides)
    {
        var manifestPath = Path.Combine(directory, ManifestFile);
        if (!File.Exists(manifestPath))
        {
            throw new NotFoundException("checkpoint", directory, $"{ManifestFile} is missing");
        }

        var manifest = JsonSerializer.Deserialize<CheckpointManifest>(File.ReadAllText(manifestPath), Json)
            ?? throw new ValidationException(manifestPath, null, "is empty");
        if (manifest.Format != Format)
        {
            throw new ValidationException("format", manifest.Format, $"is not supported (expected {Format})");
        }

        var options = manifest.Options;
        if (overrides is not null)
        {
            // Only the budget may change on resume; network shapes and the seed stay those of the checkpoint.
            options = options with { Iterations = overrides.Iterations, Workers = overrides.Workers };
        }

        options.Validate();
        var spec = new EnvironmentSpec(manifest.AgentIds, manifest.ObservationSize, manifest.ActionBoxes);
        var state = new TrainingState(options, spec);
        LibTorchGuard.Run(() => state.Networks.load(Path.Combine(directory, NetworksFile)));
        state.Iteration = manifest.Iteration;
        for (var i = 0; i < state.Normalizers.Length; i++)
        {
            FromState(manifest.Normalizers[i], state.Normalizers[i]);
            FromState(manifest.RewardScalers[i], state.RewardScalers[i]);
        }

        var s = manifest.ShuffleState;
        state.Shuffle.State = new RandomStreamState(s[0], s[1], s[2], s[3]);
        state.Records.AddRange(manifest.LearningCurve);
        return state;
    }

    public static string OptimizerPath(string directory) => Path.Combine(directory, OptimizerFile);

    private static NormalizerState ToState(RunningNormalizer n) => new(n.Count, [.. n.Mean], [.. n.Variance]);

    private static void FromState(NormalizerState s, RunningNormalizer n)
    {
        n.Count = s.Count;
        s.Mean.ToArray().CopyTo(n.Mean, 0);
        s.Variance.ToArray().CopyTo(n.Variance, 0);
    }
}
