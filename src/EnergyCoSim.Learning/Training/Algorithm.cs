namespace EnergyCoSim.Learning.Training;

/// <summary>The reinforcement-learning algorithm a trainer runs.</summary>
public enum Algorithm
{
    /// <summary>Proximal policy optimisation (clipped objective, GAE).</summary>
    Ppo,

    /// <summary>Asynchronous PPO: several workers sample with a lagging policy; V-trace corrects the lag.</summary>
    Appo,

    /// <summary>Soft actor-critic (twin Q, target networks, automatic entropy tuning).</summary>
    Sac,
}
