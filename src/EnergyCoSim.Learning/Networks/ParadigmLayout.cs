using EnergyCoSim.Learning.Training;

namespace EnergyCoSim.Learning.Networks;

/// <summary>
/// Which agents each actor reads and acts for, and which agents each critic reads and which actors it serves.
/// DTDE: actor i and critic i read agent i. CTDE: actor i reads agent i; one critic reads all agents and has one
/// value head per actor (MAPPO). CTCE: one actor and one critic over all agents.
/// </summary>
internal sealed class ParadigmLayout
{
    private ParadigmLayout(TrainingMode mode, int agents, int[][] actorInputs, int[][] actorOutputs, int[][] criticInputs, int[][] criticServes)
    {
        Mode = mode;
        Agents = agents;
        ActorInputs = actorInputs;
        ActorOutputs = actorOutputs;
        CriticInputs = criticInputs;
        CriticServes = criticServes;
        CriticOfActor = new int[actorInputs.Length];
        HeadOfActor = new int[actorInputs.Length];
        for (var c = 0; c < criticServes.Length; c++)
        {
            for (var h = 0; h < criticServes[c].Length; h++)
            {
                CriticOfActor[criticServes[c][h]] = c;
                HeadOfActor[criticServes[c][h]] = h;
            }
        }
    }

    public TrainingMode Mode { get; }

    public int Agents { get; }

    public int[][] ActorInputs { get; }

    public int[][] ActorOutputs { get; }

    public int[][] CriticInputs { get; }

    public int[][] CriticServes { get; }

    public int[] CriticOfActor { get; }

    public int[] HeadOfActor { get; }

    public int Actors => ActorInputs.Length;

    public int Critics => CriticInputs.Length;

    public static ParadigmLayout For(TrainingMode mode, int agents)
    {
        var all = Enumerable.Range(0, agents).ToArray();
        var each = Enumerable.Range(0, agents).Select(i => new[] { i }).ToArray();
        return mode switch
        {
            TrainingMode.Dtde => new(mode, agents, each, each, each, each),
            TrainingMode.Ctde => new(mode, agents, each, each, [all], [all]),
            TrainingMode.Ctce => new(mode, agents, [all], [all], [all], [[0]]),
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown training mode"),
        };
    }

    /// <summary>Copies the observations of <paramref name="inputs"/> (agent-major) into <paramref name="destination"/>.</summary>
    public static void Gather(ReadOnlySpan<float> observations, int observationSize, int[] inputs, Span<float> destination)
    {
        for (var j = 0; j < inputs.Length; j++)
        {
            observations.Slice(inputs[j] * observationSize, observationSize).CopyTo(destination.Slice(j * observationSize, observationSize));
        }
    }
}
