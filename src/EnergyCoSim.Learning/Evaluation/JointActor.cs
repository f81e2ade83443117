namespace EnergyCoSim.Learning.Evaluation;

/// <summary>Writes every agent's action (agent-major) for every agent's observation.</summary>
public delegate void JointActor(ReadOnlySpan<float> observations, Span<float> actions);
