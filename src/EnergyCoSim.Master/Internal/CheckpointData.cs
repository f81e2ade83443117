namespace EnergyCoSim.Master.Internal;

/// <summary>Everything needed to resume an execution bit for bit: master time and counters, controller state, coupled values, component states.</summary>
internal sealed record CheckpointData(
    string Fingerprint,
    long TimeTicks,
    long StepNumber,
    long TotalIterations,
    long NonConvergedSteps,
    long RejectedAttempts,
    long NextStepTicks,
    double PreviousError,
    double[] CurrentValues,
    long[][] DiscreteValues,
    IReadOnlyList<(string Name, byte[] State)> Components);
