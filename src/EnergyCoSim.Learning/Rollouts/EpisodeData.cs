namespace EnergyCoSim.Learning.Rollouts;

/// <summary>One sampled episode, agent-major per step: raw and normalised observations, latent actions, rewards.</summary>
internal sealed class EpisodeData
{
    public EpisodeData(long episode, int maxSteps, int agents, int observationSize, int actionSize, int metricCount, int actors)
    {
        Actors = actors;
        BehaviourLogProb = new float[maxSteps * actors];
        Episode = episode;
        Agents = agents;
        ObservationSize = observationSize;
        ActionSize = actionSize;
        // One extra observation row holds the state after the last step (bootstrap for off-policy targets).
        RawObservations = new float[(maxSteps + 1) * agents * observationSize];
        Observations = new float[(maxSteps + 1) * agents * observationSize];
        Latent = new float[maxSteps * agents * actionSize];
        Rewards = new double[maxSteps * agents];
        Metrics = new double[metricCount];
    }

    public long Episode { get; }

    public int Actors { get; }

    /// <summary>Log-probability of each actor's latent action under the sampling policy (V-trace needs it).</summary>
    public float[] BehaviourLogProb { get; }

    public int Agents { get; }

    public int ObservationSize { get; }

    public int ActionSize { get; }

    public int Length { get; set; }

    /// <summary>True when the environment reported the end (not cut at MaxSteps).</summary>
    public bool Terminated { get; set; }

    public float[] RawObservations { get; }

    public float[] Observations { get; }

    public float[] Latent { get; }

    public double[] Rewards { get; }

    public double[] Metrics { get; }

    public Span<float> ObservationRow(int t) => Observations.AsSpan(t * Agents * ObservationSize, Agents * ObservationSize);

    public Span<float> LatentRow(int t) => Latent.AsSpan(t * Agents * ActionSize, Agents * ActionSize);

    public double EpisodeReward(int agent)
    {
        var sum = 0.0;
        for (var t = 0; t < Length; t++)
        {
            sum += Rewards[(t * Agents) + agent];
        }

        return sum;
    }
}
