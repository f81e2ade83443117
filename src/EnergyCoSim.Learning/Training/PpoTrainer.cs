using System.Diagnostics;
using EnergyCoSim.Learning.Checkpoints;
using EnergyCoSim.Learning.Native;
using EnergyCoSim.Learning.Networks;
using EnergyCoSim.Learning.Policies;
using EnergyCoSim.Learning.Rollouts;
using EnergyCoSim.Simulation.Environments;
using Microsoft.Extensions.Logging;
using TorchSharp;
using static TorchSharp.torch;

namespace EnergyCoSim.Learning.Training;

/// <summary>
/// PPO (clipped surrogate, GAE, entropy bonus, per-network gradient clipping, minibatch epochs) and APPO (sampling of
/// the next iteration runs on the workers while the learner updates; V-trace corrects for the one-update lag).
/// </summary>
internal sealed partial class PpoTrainer : ITrainer
{
    private readonly ILogger _logger;
    private TrainingState? _state;
    private TorchSharp.Modules.Adam? _optimizer;
    private string? _pendingOptimizerPath;

    public PpoTrainer(TrainerOptions options, ILogger logger)
    {
        options.Validate();
        Options = options;
        _logger = logger;
    }

    public TrainerOptions Options { get; private set; }

    public int Iteration => _state?.Iteration ?? 0;

    internal TrainingState? State => _state;

    internal void Restore(TrainingState state, string? optimizerPath)
    {
        _state = state;
        _pendingOptimizerPath = optimizerPath;
        Options = state.Options;
    }

    public TrainingResult Train(Func<int, IMultiAgentEnvironment> environmentFactory, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(environmentFactory);
        var collector = new RolloutCollector(environmentFactory, Options.Workers, Options.EpisodesPerIteration, Options.Seed);
        var state = _state = TrainingState.For(_state, Options, collector.Template);

        var optimizer = LibTorchGuard.Run(() => EnsureOptimizer(state));
        var vtrace = Options.Algorithm == Algorithm.Appo;
        var epi = Options.EpisodesPerIteration;
        Task<EpisodeData[]>? prefetch = null;
        while (state.Iteration < Options.Iterations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var watch = Stopwatch.StartNew();
            var episodes = prefetch is null
                ? collector.Collect(state.Snapshot(), (long)state.Iteration * epi, epi, true, cancellationToken)
                : prefetch.GetAwaiter().GetResult();
            prefetch = null;
            if (vtrace && state.Iteration + 1 < Options.Iterations)
            {
                // Asynchronous sampling: the workers already run the next iteration's episodes with the pre-update policy.
                var behaviour = state.Snapshot();
                var next = (long)(state.Iteration + 1) * epi;
                prefetch = Task.Run(() => collector.Collect(behaviour, next, epi, true, cancellationToken), cancellationToken);
            }

            Update(state, optimizer, episodes, vtrace, cancellationToken);
            UpdateStatistics(state, episodes);
            var record = state.CompleteIteration(episodes, collector.MetricNames, watch.Elapsed.TotalSeconds, progress);
            LogIteration(_logger, record.Iteration, record.Overall.Mean, record.Seconds);
        }

        prefetch?.GetAwaiter().GetResult();
        return new TrainingResult(Options.Algorithm, Options.Mode, state.Spec.AgentIds, collector.MetricNames, [.. state.Records]);
    }

    public void SaveCheckpoint(string directory)
    {
        var state = _state ?? throw new Core.Errors.InvalidStateException("trainer", "save checkpoint", "untrained", "after Train");
        CheckpointStore.Save(directory, state, EnsureOptimizer(state));
    }

    public TrainedPolicy CreatePolicy(bool deterministic = true, ulong seed = 0)
    {
        var state = _state ?? throw new Core.Errors.InvalidStateException("trainer", "create policy", "untrained", "after Train");
        return new TrainedPolicy(state.Snapshot(), state.Spec, deterministic, seed);
    }

    public void Dispose()
    {
        _optimizer?.Dispose();
        _state?.Dispose();
    }

    internal static void UpdateStatistics(TrainingState state, IReadOnlyList<EpisodeData> episodes)
    {
        var n = state.Spec.ObservationSize;
        var agents = state.Layout.Agents;
        for (var i = 0; i < agents; i++)
        {
            var rows = new List<float>();
            var rewards = new List<float>();
            foreach (var d in episodes)
            {
                for (var t = 0; t < d.Length; t++)
                {
                    rows.AddRange(d.RawObservations.AsSpan((((t * agents) + i) * n), n));
                    rewards.Add((float)d.Rewards[(t * agents) + i]);
                }
            }

            state.Normalizers[i].Update(rows.ToArray(), rows.Count / n);
            state.RewardScalers[i].Update(rewards.ToArray(), rewards.Count);
        }
    }

    private TorchSharp.Modules.Adam EnsureOptimizer(TrainingState state)
    {
        if (_optimizer is null)
        {
            _optimizer = optim.Adam(state.Networks.parameters(), Options.LearningRate);
            if (_pendingOptimizerPath is not null)
            {
                _optimizer.load_state_dict(_pendingOptimizerPath);
                _pendingOptimizerPath = null;
            }
        }

        return _optimizer;
    }

    private void Update(TrainingState state, TorchSharp.Modules.Adam optimizer, EpisodeData[] episodes, bool vtrace, CancellationToken ct)
    {
        var o = Options;
        var net = state.Networks;
        var layout = state.Layout;
        using var batch = LibTorchGuard.Run(() => new OnPolicyBatch(state, episodes, vtrace));
        var order = Enumerable.Range(0, batch.Steps).ToArray();
        var halfLogTwoPiE = 0.5 + (0.5 * Math.Log(2 * Math.PI));
        for (var epoch = 0; epoch < o.Epochs; epoch++)
        {
            ct.ThrowIfCancellationRequested();
            state.Shuffle.Shuffle(order.AsSpan());
            // One no-GC region per epoch: each region start collects the heap, and an epoch allocates well under its budget.
            LibTorchGuard.Run(() =>
            {
                for (var start = 0; start < order.Length; start += o.MinibatchSize)
                {
                    Minibatch(start);
                }
            });
        }

        void Minibatch(int start)
        {
            // The optimiser step runs after the scope: Adam's lazily created moment tensors must outlive the batch.
            var scope = NewDisposeScope();
            var idx = tensor(order.AsSpan(start, Math.Min(o.MinibatchSize, order.Length - start)).ToArray().Select(i => (long)i).ToArray());
            Tensor loss = zeros(1);
            for (var k = 0; k < layout.Actors; k++)
            {
                var lp = OnPolicyBatch.LogProb(net, k, batch.ActorInputs[k].index_select(0, idx), batch.ActorLatents[k].index_select(0, idx));
                var ratio = (lp - batch.OldLogProb[k].index_select(0, idx)).exp();
                var adv = batch.Advantages[k].index_select(0, idx);
                var surrogate = minimum(ratio * adv, ratio.clamp(1 - o.ClipRange, 1 + o.ClipRange) * adv);
                var entropy = (net.LogStd(k) + halfLogTwoPiE).sum();
                loss = loss - surrogate.mean() - (o.EntropyCoefficient * entropy);
            }

            for (var c = 0; c < layout.Critics; c++)
            {
                var v = net.Critics[c].forward(batch.CriticInputs[c].index_select(0, idx));
                loss = loss + (o.ValueCoefficient * (v - batch.Returns[c].index_select(0, idx)).pow(2).mean());
            }

            optimizer.zero_grad();
            loss.backward();
            for (var k = 0; k < layout.Actors; k++)
            {
                nn.utils.clip_grad_norm_(net.ActorParameters(k), o.MaxGradNorm);
            }

            foreach (var critic in net.Critics)
            {
                nn.utils.clip_grad_norm_(critic.parameters(), o.MaxGradNorm);
            }

            scope.Dispose();
            optimizer.step();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "iteration {Iteration}: mean episode reward {Reward:F3} ({Seconds:F2} s)")]
    private static partial void LogIteration(ILogger logger, int iteration, double reward, double seconds);
}
