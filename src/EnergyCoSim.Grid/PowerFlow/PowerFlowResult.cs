namespace EnergyCoSim.Grid.PowerFlow;

/// <summary>
/// Outcome of a power flow: convergence (status, iterations, norm and its value), bus voltages, branch flows from
/// both ends, losses, slack injection, voltage extremes and diagnostics. Never contains NaN or infinity.
/// </summary>
public sealed record PowerFlowResult
{
    /// <summary>Name used for the convergence norm of every solver here.</summary>
    public const string MismatchNormName = "infinity norm of the P/Q mismatch, p.u. on the system base";

    /// <summary>Case name.</summary>
    public required string CaseName { get; init; }

    /// <summary>Algorithm used.</summary>
    public required PowerFlowAlgorithm Algorithm { get; init; }

    /// <summary>How the solve ended.</summary>
    public required PowerFlowStatus Status { get; init; }

    /// <summary>True when <see cref="Status"/> is converged.</summary>
    public bool Converged => Status == PowerFlowStatus.Converged;

    /// <summary>Iterations (Newton steps or sweeps) of the last attempt.</summary>
    public required int Iterations { get; init; }

    /// <summary>What <see cref="MismatchNorm"/> measures.</summary>
    public string NormName => MismatchNormName;

    /// <summary>Final mismatch norm, p.u.</summary>
    public required double MismatchNorm { get; init; }

    /// <summary>Tolerance the norm was compared with, p.u.</summary>
    public required double Tolerance { get; init; }

    /// <summary>Start actually used for the returned solution.</summary>
    public required InitialPoint InitialPointUsed { get; init; }

    /// <summary>System base, MVA.</summary>
    public required double BaseMva { get; init; }

    /// <summary>One entry per case bus, in case order.</summary>
    public required IReadOnlyList<BusResult> Buses { get; init; }

    /// <summary>One entry per case branch, in case order.</summary>
    public required IReadOnlyList<BranchResult> Branches { get; init; }

    /// <summary>Total active losses, MW.</summary>
    public required double TotalLossMw { get; init; }

    /// <summary>Total reactive losses, MVAr.</summary>
    public required double TotalLossMvar { get; init; }

    /// <summary>Active power delivered by the slack bus(es), MW.</summary>
    public required double SlackPMw { get; init; }

    /// <summary>Reactive power delivered by the slack bus(es), MVAr.</summary>
    public required double SlackQMvar { get; init; }

    /// <summary>Lowest voltage over energised buses, p.u.</summary>
    public required double MinVmPu { get; init; }

    /// <summary>Bus id of the lowest voltage.</summary>
    public required int MinVmBusId { get; init; }

    /// <summary>Highest voltage over energised buses, p.u.</summary>
    public required double MaxVmPu { get; init; }

    /// <summary>Bus id of the highest voltage.</summary>
    public required int MaxVmBusId { get; init; }

    /// <summary>Findings about the network and the solve.</summary>
    public required IReadOnlyList<PowerFlowDiagnostic> Diagnostics { get; init; }

    /// <summary>Result for bus <paramref name="busId"/>; throws when absent.</summary>
    public BusResult Bus(int busId) => Buses.First(b => b.BusId == busId);
}
