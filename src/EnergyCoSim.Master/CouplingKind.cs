namespace EnergyCoSim.Master;

/// <summary>How a connection carries its value in time (mosaik's time-shifted and weak edges, made explicit).</summary>
public enum CouplingKind
{
    /// <summary>
    /// Zero delay under Gauss–Seidel (the consumer steps after the producer and reads its new value);
    /// under Jacobi every connection is read at the start of the step, i.e. delayed by one step.
    /// </summary>
    Direct,

    /// <summary>Delayed by one step under every algorithm: the consumer reads the value the producer had at the start of the step.</summary>
    TimeShifted,

    /// <summary>Solved at each time point by fixed-point iteration with rollback of every component between iterations.</summary>
    Iterative,
}
