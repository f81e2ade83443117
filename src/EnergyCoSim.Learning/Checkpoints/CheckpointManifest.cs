using EnergyCoSim.Learning.Training;
using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Learning.Checkpoints;

/// <summary>The JSON part of a checkpoint: options, environment shape, statistics, iteration, stream state and learning curve.</summary>
internal sealed record CheckpointManifest(
    int Format,
    TrainerOptions Options,
    IReadOnlyList<string> AgentIds,
    int ObservationSize,
    IReadOnlyList<ActionBox> ActionBoxes,
    int Iteration,
    IReadOnlyList<NormalizerState> Normalizers,
    IReadOnlyList<NormalizerState> RewardScalers,
    IReadOnlyList<ulong> ShuffleState,
    IReadOnlyList<IterationRecord> LearningCurve);
