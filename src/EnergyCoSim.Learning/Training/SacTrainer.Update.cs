using EnergyCoSim.Learning.Networks;
using EnergyCoSim.Simulation.Spaces;
using TorchSharp;
using static TorchSharp.torch;

namespace EnergyCoSim.Learning.Training;

/// <summary>One SAC gradient step: twin-Q regression to the soft target, then actor and temperature, then Polyak.</summary>
internal sealed partial class SacTrainer
{
    private static readonly double HalfLogTwoPi = 0.5 * Math.Log(2 * Math.PI);
    private static readonly double LogTwo = Math.Log(2);

    private void UpdateOnce(TrainingState state)
    {
        var o = Options;
        var net = state.Networks;
        var layout = state.Layout;
        var targets = _targets!;
        var batch = SacBatch.Draw(state, _replay!, Math.Min(o.MinibatchSize, _replay!.Count));
        var b = batch.Size;
        var obsWidth = layout.Agents * state.Spec.ObservationSize;
        var actWidth = layout.Agents * ActionBox.Size;

        var scope = NewDisposeScope();
        try
        {
            var obs = tensor(batch.Observations, [b, obsWidth]);
            var next = tensor(batch.NextObservations, [b, obsWidth]);
            var replayActions = tensor(batch.Actions, [b, actWidth]);
            var notDone = tensor(batch.NotDone, [b]);
            var y = new Tensor[layout.Actors];
            using (no_grad())
            {
                var fresh = new Tensor[layout.Actors];
                var logProb = new Tensor[layout.Actors];
                for (var k = 0; k < layout.Actors; k++)
                {
                    (fresh[k], logProb[k]) = Sample(net, state, k, next, batch.NextNoise[k], b);
                }

                var joint = JointAction(layout, replayActions, fresh, -1);
                for (var k = 0; k < layout.Actors; k++)
                {
                    var q = QInput(state, k, next, joint);
                    var minQ = minimum(targets.Critics[2 * k].forward(q), targets.Critics[(2 * k) + 1].forward(q)).squeeze(1);
                    var alpha = targets.LogAlpha(k).exp();
                    y[k] = tensor(batch.Rewards[k], [b]) + (o.Gamma * notDone * (minQ - (alpha * logProb[k])));
                }
            }

            Tensor criticLoss = zeros(1);
            for (var k = 0; k < layout.Actors; k++)
            {
                var q = QInput(state, k, obs, replayActions);
                criticLoss = criticLoss
                    + (net.Critics[2 * k].forward(q).squeeze(1) - y[k]).pow(2).mean()
                    + (net.Critics[(2 * k) + 1].forward(q).squeeze(1) - y[k]).pow(2).mean();
            }

            _criticOptimizer!.zero_grad();
            criticLoss.backward();
            foreach (var critic in net.Critics)
            {
                nn.utils.clip_grad_norm_(critic.parameters(), o.MaxGradNorm);
            }
        }
        finally
        {
            scope.Dispose();
        }

        // Steps run with no scope open (see the class remarks).
        _criticOptimizer.step();

        scope = NewDisposeScope();
        try
        {
            var obs = tensor(batch.Observations, [b, obsWidth]);
            var replayActions = tensor(batch.Actions, [b, actWidth]);
            Tensor actorLoss = zeros(1);
            Tensor alphaLoss = zeros(1);
            for (var k = 0; k < layout.Actors; k++)
            {
                var (action, logProb) = Sample(net, state, k, obs, batch.Noise[k], b);
                // MASAC: actor k's fresh action with the other agents' replayed actions, scored by its centralised twin Q.
                var joint = JointAction(layout, replayActions, [action], k);
                var q = QInput(state, k, obs, joint);
                var minQ = minimum(net.Critics[2 * k].forward(q), net.Critics[(2 * k) + 1].forward(q)).squeeze(1);
                var logAlpha = targets.LogAlpha(k);
                actorLoss = actorLoss + ((logAlpha.exp().detach() * logProb) - minQ).mean();
                var targetEntropy = -(double)(layout.ActorOutputs[k].Length * ActionBox.Size);
                alphaLoss = alphaLoss - (logAlpha * (logProb.detach() + targetEntropy)).mean();
            }

            _actorOptimizer!.zero_grad();
            _alphaOptimizer!.zero_grad();
            (actorLoss + alphaLoss).backward();
            for (var k = 0; k < layout.Actors; k++)
            {
                nn.utils.clip_grad_norm_(net.Actors[k].parameters(), o.MaxGradNorm);
            }
        }
        finally
        {
            scope.Dispose();
        }

        _actorOptimizer.step();
        _alphaOptimizer.step();
        targets.Blend(net, o.SacTau);
    }

    /// <summary>Reparameterised tanh-Gaussian sample of actor <paramref name="k"/> and its log-probability with the squash correction.</summary>
    private static (Tensor Action, Tensor LogProb) Sample(ActorCritic net, TrainingState state, int k, Tensor jointObservations, float[] noise, int rows)
    {
        var input = Columns(jointObservations, state.Layout.ActorInputs[k], state.Spec.ObservationSize);
        var head = net.Actors[k].forward(input);
        var width = head.shape[1] / 2;
        var mean = head.narrow(1, 0, width);
        var logStd = head.narrow(1, width, width).clamp(PolicySnapshot.MinLogStd, PolicySnapshot.MaxLogStd);
        var eps = tensor(noise, [rows, width]);
        var u = mean + (logStd.exp() * eps);
        var gaussian = ((-0.5 * eps.pow(2)) - logStd - HalfLogTwoPi).sum(1);
        // log(1 − tanh²u) = 2·(log 2 − u − softplus(−2u)), finite even where tanh saturates.
        var squash = (2.0 * (LogTwo - u - nn.functional.softplus(-2.0 * u))).sum(1);
        return (u.tanh(), gaussian - squash);
    }

    private static Tensor Columns(Tensor joint, int[] agents, int width) =>
        agents.Length == 1 ? joint.narrow(1, agents[0] * width, width) : cat(agents.Select(a => joint.narrow(1, a * width, width)).ToArray(), 1);

    /// <summary>The replayed joint action with actor <paramref name="only"/>'s agents (every actor's, when −1) replaced by fresh samples.</summary>
    private static Tensor JointAction(ParadigmLayout layout, Tensor replay, Tensor[] fresh, int only)
    {
        var blocks = new Tensor[layout.Agents];
        for (var j = 0; j < layout.Agents; j++)
        {
            blocks[j] = replay.narrow(1, j * ActionBox.Size, ActionBox.Size);
        }

        for (var k = 0; k < layout.Actors; k++)
        {
            if (only >= 0 && k != only)
            {
                continue;
            }

            var sample = fresh[only >= 0 ? 0 : k];
            var outputs = layout.ActorOutputs[k];
            for (var j = 0; j < outputs.Length; j++)
            {
                blocks[outputs[j]] = sample.narrow(1, j * ActionBox.Size, ActionBox.Size);
            }
        }

        return cat(blocks, 1);
    }

    private static Tensor QInput(TrainingState state, int k, Tensor jointObservations, Tensor jointActions)
    {
        var agents = state.Layout.CriticInputs[state.Layout.CriticOfActor[k]];
        return cat([Columns(jointObservations, agents, state.Spec.ObservationSize), Columns(jointActions, agents, ActionBox.Size)], 1);
    }
}
