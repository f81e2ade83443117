using System.Diagnostics;
using EnergyCoSim.Learning.Checkpoints;
using EnergyCoSim.Learning.Native;
using EnergyCoSim.Learning.Networks;
using EnergyCoSim.Learning.Policies;
using EnergyCoSim.Learning.Rollouts;
using EnergyCoSim.Simulation.Environments;
using Microsoft.Extensions.Logging;
using TorchSharp;
using TorchSharp.Modules;

namespace EnergyCoSim.Learning.Training;

/// <summary>
/// Soft actor-critic: tanh-squashed Gaussian actors, twin Q networks with Polyak targets, automatic entropy tuning
/// (target entropy −action dims per actor) and a replay buffer. CTDE critics see every agent's observation and action
/// (MASAC); DTDE learners are independent; CTCE has one joint actor and twin Q.
/// </summary>
/// <remarks>
/// libtorch hygiene: every update runs under <see cref="LibTorchGuard"/> (no garbage collection while libtorch may read
/// a temporary wrapper: the cause of the earlier attempt's intermittent "Unknown scalar type" failures); optimisers
/// are built and stepped outside dispose scopes (TorchSharp's Adam creates its moments on whatever scope is open);
/// batches live in managed arrays and become tensors only inside an update's scope; target networks are blended in
/// place; all update noise comes from the run's managed stream, not a torch generator.
/// </remarks>
internal sealed partial class SacTrainer : ITrainer
{
    internal const string ActorOptimizerFile = "sac_actor_optimizer.bin";
    internal const string AlphaOptimizerFile = "sac_alpha_optimizer.bin";
    internal const string ReplayFile = "replay.bin";

    /// <summary>Updates per no-GC region: a region start collects the heap; eight case-5 updates allocate a few MB.</summary>
    private const int UpdatesPerRegion = 8;
    private readonly ILogger _logger;
    private TrainingState? _state;
    private SacTargets? _targets;
    private Adam? _criticOptimizer;
    private Adam? _actorOptimizer;
    private Adam? _alphaOptimizer;
    private ReplayBuffer? _replay;
    private string? _restoreFrom;

    public SacTrainer(TrainerOptions options, ILogger logger)
    {
        options.Validate();
        Options = options;
        _logger = logger;
    }

    public TrainerOptions Options { get; private set; }

    public int Iteration => _state?.Iteration ?? 0;

    /// <summary>Gradient steps taken since this trainer was created or restored.</summary>
    public long Updates { get; private set; }

    internal TrainingState? State => _state;

    internal SacTargets? Targets => _targets;

    internal void Restore(TrainingState state, string directory)
    {
        _state = state;
        Options = state.Options;
        _restoreFrom = directory;
    }

    public TrainingResult Train(Func<int, IMultiAgentEnvironment> environmentFactory, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(environmentFactory);
        var collector = new RolloutCollector(environmentFactory, Options.Workers, Options.EpisodesPerIteration, Options.Seed);
        var state = _state = TrainingState.For(_state, Options, collector.Template);

        LibTorchGuard.Run(() => EnsureLearner(state));
        var epi = Options.EpisodesPerIteration;
        while (state.Iteration < Options.Iterations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var watch = Stopwatch.StartNew();
            var episodes = collector.Collect(state.Snapshot(), (long)state.Iteration * epi, epi, true, cancellationToken);
            foreach (var e in episodes)
            {
                _replay!.Add(e);
            }

            PpoTrainer.UpdateStatistics(state, episodes);
            var updates = 0;
            if (_replay!.Count >= Math.Max(Options.SacWarmupSteps, 1))
            {
                updates = (int)Math.Ceiling(episodes.Sum(e => e.Length) * Options.SacUpdatesPerStep);
                for (var u = 0; u < updates; u += UpdatesPerRegion)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    RunGuarded(state, Math.Min(UpdatesPerRegion, updates - u));
                }
            }

            Updates += updates;
            var record = state.CompleteIteration(episodes, collector.MetricNames, watch.Elapsed.TotalSeconds, progress);
            LogIteration(_logger, record.Iteration, record.Overall.Mean, updates, record.Seconds);
        }

        return new TrainingResult(Options.Algorithm, Options.Mode, state.Spec.AgentIds, collector.MetricNames, [.. state.Records]);
    }

    public void SaveCheckpoint(string directory)
    {
        var state = _state ?? throw new Core.Errors.InvalidStateException("trainer", "save checkpoint", "untrained", "after Train");
        LibTorchGuard.Run(() =>
        {
            EnsureLearner(state);
            CheckpointStore.Save(directory, state, _criticOptimizer);
            _targets!.save(Path.Combine(directory, CheckpointStore.ExtraFile));
            _actorOptimizer!.save_state_dict(Path.Combine(directory, ActorOptimizerFile));
            _alphaOptimizer!.save_state_dict(Path.Combine(directory, AlphaOptimizerFile));
        });
        var replayPath = Path.Combine(directory, ReplayFile);
        if (Options.SacCheckpointReplay)
        {
            _replay!.Save(replayPath);
        }
        else if (File.Exists(replayPath))
        {
            // A stale buffer from an earlier save in the same folder must not be resumed with these networks.
            File.Delete(replayPath);
        }
    }

    /// <summary>Runs <paramref name="count"/> gradient steps on the current replay buffer (benchmarks); returns the total.</summary>
    internal long RunUpdates(int count)
    {
        var state = _state ?? throw new Core.Errors.InvalidStateException("trainer", "update", "untrained", "after Train");
        for (var u = 0; u < count; u += UpdatesPerRegion)
        {
            RunGuarded(state, Math.Min(UpdatesPerRegion, count - u));
        }

        Updates += count;
        return Updates;
    }

    public TrainedPolicy CreatePolicy(bool deterministic = true, ulong seed = 0)
    {
        var state = _state ?? throw new Core.Errors.InvalidStateException("trainer", "create policy", "untrained", "after Train");
        return new TrainedPolicy(state.Snapshot(), state.Spec, deterministic, seed);
    }

    public void Dispose()
    {
        _criticOptimizer?.Dispose();
        _actorOptimizer?.Dispose();
        _alphaOptimizer?.Dispose();
        _targets?.Dispose();
        _state?.Dispose();
    }

    private void EnsureLearner(TrainingState state)
    {
        if (_targets is not null)
        {
            return;
        }

        var net = state.Networks;
        _targets = new SacTargets(net, state.Spec.ObservationSize, Options.HiddenSize);
        // The PPO log-std parameters are unused by SAC's state-dependent heads, so only the actor MLPs are optimised.
        _criticOptimizer = torch.optim.Adam(net.CriticParameters().ToArray(), Options.LearningRate);
        _actorOptimizer = torch.optim.Adam(net.Actors.SelectMany(a => a.parameters()).ToArray(), Options.LearningRate);
        _alphaOptimizer = torch.optim.Adam(_targets.LogAlphas().ToArray(), Options.LearningRate);
        _replay = new ReplayBuffer(Options.ReplayCapacity, state.Layout.Agents, state.Spec.ObservationSize);
        if (_restoreFrom is not null)
        {
            _targets.load(Path.Combine(_restoreFrom, CheckpointStore.ExtraFile));
            _criticOptimizer.load_state_dict(CheckpointStore.OptimizerPath(_restoreFrom));
            _actorOptimizer.load_state_dict(Path.Combine(_restoreFrom, ActorOptimizerFile));
            _alphaOptimizer.load_state_dict(Path.Combine(_restoreFrom, AlphaOptimizerFile));
            var replayPath = Path.Combine(_restoreFrom, ReplayFile);
            if (File.Exists(replayPath))
            {
                _replay.Load(replayPath);
            }

            _restoreFrom = null;
        }
    }

    private void RunGuarded(TrainingState state, int count) => LibTorchGuard.Run(() =>
    {
        for (var i = 0; i < count; i++)
        {
            UpdateOnce(state);
        }
    });

    [LoggerMessage(Level = LogLevel.Information, Message = "iteration {Iteration}: mean episode reward {Reward:F3}, {Updates} SAC updates ({Seconds:F2} s)")]
    private static partial void LogIteration(ILogger logger, int iteration, double reward, int updates, double seconds);
}
