namespace EnergyCoSim.FmuExport;

/// <summary>Where an instance is in the FMI co-simulation state machine.</summary>
internal enum SlavePhase
{
    Instantiated,
    Initialization,
    StepMode,
    Terminated,
}
