using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace EnergyCoSim.Learning.Networks;

/// <summary>
/// SAC's state beside the actor-critic: Polyak-averaged target copies of the twin Q networks and one log temperature
/// log α per actor. Saved as the checkpoint's <c>extra.bin</c>.
/// </summary>
internal sealed class SacTargets : nn.Module
{
    private readonly ModuleList<Mlp> _critics = new();
    private readonly ParameterList _logAlpha = new();

    public SacTargets(ActorCritic online, int observationSize, int hidden)
        : base("sac_targets")
    {
        var layout = online.Layout;
        for (var k = 0; k < layout.Actors; k++)
        {
            var inDim = ActorCritic.SacCriticInputSize(layout, k, observationSize);
            _critics.Add(new Mlp($"target_q{k}a", inDim, hidden, 1, 1.0));
            _critics.Add(new Mlp($"target_q{k}b", inDim, hidden, 1, 1.0));
            _logAlpha.Add(new Parameter(zeros(1, float32)));
        }

        RegisterComponents();
        foreach (var c in _critics)
        {
            foreach (var p in c.parameters())
            {
                p.requires_grad = false;
            }
        }

        Blend(online, 1.0);
    }

    public IList<Mlp> Critics => _critics;

    public Parameter LogAlpha(int actor) => _logAlpha[actor];

    public IEnumerable<Parameter> LogAlphas() => _logAlpha;

    /// <summary>target ← τ·online + (1 − τ)·target, in place: the target parameters stay the same tensors.</summary>
    public void Blend(ActorCritic online, double tau)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        for (var c = 0; c < _critics.Count; c++)
        {
            var src = online.Critics[c].parameters().ToArray();
            var dst = _critics[c].parameters().ToArray();
            for (var i = 0; i < src.Length; i++)
            {
                if (tau >= 1.0)
                {
                    dst[i].copy_(src[i]);
                }
                else
                {
                    dst[i].mul_(1 - tau).add_(src[i], alpha: tau);
                }
            }
        }
    }
}
