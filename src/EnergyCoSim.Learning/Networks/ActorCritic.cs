using EnergyCoSim.Learning.Training;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace EnergyCoSim.Learning.Networks;

/// <summary>
/// The trainable networks of a paradigm: one Gaussian actor (mean MLP plus state-independent log std) per actor slot
/// and one critic per critic slot, with one output per served actor (SAC: per actor a twin Q over obs and actions).
/// </summary>
internal sealed class ActorCritic : nn.Module
{
    private readonly ModuleList<Mlp> _actors = new();
    private readonly ModuleList<Mlp> _critics = new();
    private readonly ParameterList _logStd = new();

    public ActorCritic(ParadigmLayout layout, int observationSize, int hidden, double initialLogStd, Algorithm algorithm)
        : base("actor_critic")
    {
        Layout = layout;
        for (var k = 0; k < layout.Actors; k++)
        {
            var outDim = layout.ActorOutputs[k].Length * Simulation.Spaces.ActionBox.Size;
            _actors.Add(new Mlp($"actor{k}", layout.ActorInputs[k].Length * observationSize, hidden, outDim, 0.01));
            _logStd.Add(new Parameter(full(outDim, initialLogStd, float32)));
        }

        if (algorithm == Algorithm.Sac)
        {
            // Twin Q per actor over (critic inputs, all actions of the critic's agents): two networks per actor.
            for (var k = 0; k < layout.Actors; k++)
            {
                var c = layout.CriticOfActor[k];
                var inDim = layout.CriticInputs[c].Length * (observationSize + Simulation.Spaces.ActionBox.Size);
                _critics.Add(new Mlp($"q{k}a", inDim, hidden, 1, 1.0));
                _critics.Add(new Mlp($"q{k}b", inDim, hidden, 1, 1.0));
            }
        }
        else
        {
            for (var c = 0; c < layout.Critics; c++)
            {
                _critics.Add(new Mlp($"critic{c}", layout.CriticInputs[c].Length * observationSize, hidden, layout.CriticServes[c].Length, 1.0));
            }
        }

        RegisterComponents();
    }

    public ParadigmLayout Layout { get; }

    public IList<Mlp> Actors => _actors;

    public IList<Mlp> Critics => _critics;

    public Parameter LogStd(int actor) => _logStd[actor];

    public IEnumerable<Parameter> ActorParameters(int actor) => _actors[actor].parameters().Append(_logStd[actor]);

    public IEnumerable<Parameter> AllActorParameters() => Enumerable.Range(0, Layout.Actors).SelectMany(ActorParameters);

    public IEnumerable<Parameter> CriticParameters() => _critics.SelectMany(c => c.parameters());
}
