using EnergyCoSim.Grid.Network;

namespace EnergyCoSim.Grid.PowerFlow;

/// <summary>
/// The solver's view of a <see cref="GridCase"/>: closed switches merged, de-energised islands removed, buses
/// renumbered 0..n-1, per-unit injections and the bus admittance matrix in CSR form with per-branch positions
/// so that values can be updated without changing the pattern.
/// </summary>
internal sealed partial class CompiledNetwork
{
    public required GridCase Case { get; init; }
    public required int BusCount { get; init; }
    public required double BaseMva { get; init; }

    /// <summary>Case bus index → internal bus, or -1 when de-energised.</summary>
    public required int[] CaseToInternal { get; init; }

    /// <summary>Internal bus → case bus index of its representative.</summary>
    public required int[] InternalToCase { get; init; }
    public required BusType[] Types { get; init; }
    public required double[] VSet { get; init; }
    public required double[] VaSetRad { get; init; }

    // Injections in p.u.: constant-power net injection (generation minus load), ZIP load parts (consumption).
    public required double[] PInj { get; init; }
    public required double[] QInj { get; init; }
    public required double[] PLoadI { get; init; }
    public required double[] QLoadI { get; init; }
    public required double[] PLoadZ { get; init; }
    public required double[] QLoadZ { get; init; }

    // Admittance matrix, CSR, columns sorted, diagonal present.
    public required int[] YRowPtr { get; init; }
    public required int[] YCol { get; init; }
    public required int[] YDiag { get; init; }
    public required double[] G { get; init; }
    public required double[] B { get; init; }

    // Active branches (index into Case.Branches), their internal ends, pi-model admittances and Y positions.
    public required int[] BranchCaseIndex { get; init; }
    public required int[] BranchFrom { get; init; }
    public required int[] BranchTo { get; init; }
    public required double[] Yff { get; init; } // interleaved re, im
    public required double[] Yft { get; init; }
    public required double[] Ytf { get; init; }
    public required double[] Ytt { get; init; }

    public required IReadOnlyList<PowerFlowDiagnostic> Diagnostics { get; init; }

    /// <summary>False when a diagnostic makes the network unsolvable.</summary>
    public bool IsSolvable => BusCount > 0 && !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>True when every energised bus but one slack per island is PQ and the branch graph is a forest.</summary>
    public bool IsRadial => BranchFrom.Length == BusCount - Types.Count(t => t == BusType.Slack);

    public int SlackCount => Types.Count(t => t == BusType.Slack);

    /// <summary>Slack-bus voltage as a complex number (re, im).</summary>
    public (double Re, double Im) SlackVoltage(int i) => (VSet[i] * Math.Cos(VaSetRad[i]), VSet[i] * Math.Sin(VaSetRad[i]));
}
