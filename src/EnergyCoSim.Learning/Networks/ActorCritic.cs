using EnergyCoSim.Learning.Training;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace EnergyCoSim.Learning.Networks;

/// <summary>
/// The trainable networks of a paradigm: one Gaussian actor per actor slot and one critic per critic slot, with one
/// output per served actor. PPO/APPO actors output the mean (log std is a state-independent parameter); SAC actors
/// output mean and log std, and each SAC actor has a twin Q over its critic's observations and actions.
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
            var heads = algorithm == Algorithm.Sac ? 2 * outDim : outDim;
            _actors.Add(new Mlp($"actor{k}", layout.ActorInputs[k].Length * observationSize, hidden, heads, 0.01));
            _logStd.Add(new Parameter(full(outDim, initialLogStd, float32)));
        }

        if (algorithm == Algorithm.Sac)
        {
            // Twin Q per actor over (critic inputs, all actions of the critic's agents): critics 2k and 2k + 1.
            for (var k = 0; k < layout.Actors; k++)
            {
                _critics.Add(new Mlp($"q{k}a", SacCriticInputSize(layout, k, observationSize), hidden, 1, 1.0));
                _critics.Add(new Mlp($"q{k}b", SacCriticInputSize(layout, k, observationSize), hidden, 1, 1.0));
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

    /// <summary>Input width of actor <paramref name="actor"/>'s SAC Q networks: its critic's agents' observations and actions.</summary>
    public static int SacCriticInputSize(ParadigmLayout layout, int actor, int observationSize) =>
        layout.CriticInputs[layout.CriticOfActor[actor]].Length * (observationSize + Simulation.Spaces.ActionBox.Size);
}
