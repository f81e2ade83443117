namespace EnergyCoSim.Learning.Training;

/// <summary>How agents share networks (spec §8.6, decisions.md: CTDE trains its decentralised actors).</summary>
public enum TrainingMode
{
    /// <summary>Centralised training, centralised execution: one joint policy over all observations and actions.</summary>
    Ctce,

    /// <summary>Centralised training, decentralised execution: one actor per agent, a critic over the joint observation.</summary>
    Ctde,

    /// <summary>Decentralised training and execution: independent learners, one actor and critic per agent.</summary>
    Dtde,
}
