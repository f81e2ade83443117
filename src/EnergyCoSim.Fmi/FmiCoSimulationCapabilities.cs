namespace EnergyCoSim.Fmi;

/// <summary>The attributes of the <c>CoSimulation</c> element: binary name and capability flags.</summary>
/// <param name="ModelIdentifier">Name of the shared library (without extension) and prefix of nothing else.</param>
public sealed record FmiCoSimulationCapabilities(string ModelIdentifier)
{
    /// <summary>Step sizes may vary between steps.</summary>
    public bool CanHandleVariableCommunicationStepSize { get; init; }

    /// <summary>FMU state can be got, set and freed (rollback).</summary>
    public bool CanGetAndSetFmuState { get; init; }

    /// <summary>FMU state can be serialised to bytes.</summary>
    public bool CanSerializeFmuState { get; init; }

    /// <summary>Directional derivatives are available.</summary>
    public bool ProvidesDirectionalDerivatives { get; init; }

    /// <summary>FMI 2: inputs can be interpolated from their derivatives.</summary>
    public bool CanInterpolateInputs { get; init; }

    /// <summary>FMI 2: highest output derivative order available.</summary>
    public int MaxOutputDerivativeOrder { get; init; }

    /// <summary>Only one instance per process is allowed.</summary>
    public bool CanBeInstantiatedOnlyOncePerProcess { get; init; }

    /// <summary>The FMU needs an external tool at run time.</summary>
    public bool NeedsExecutionTool { get; init; }

    /// <summary>FMI 2: DoStep may run asynchronously.</summary>
    public bool CanRunAsynchronously { get; init; }

    /// <summary>FMI 3: the FMU supports event mode in co-simulation.</summary>
    public bool HasEventMode { get; init; }

    /// <summary>FMI 3: the FMU may return early from DoStep.</summary>
    public bool CanReturnEarlyAfterIntermediateUpdate { get; init; }

    /// <summary>FMI 3: the FMU calls the intermediate-update callback.</summary>
    public bool ProvidesIntermediateUpdate { get; init; }
}
