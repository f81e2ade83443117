namespace EnergyCoSim.Grid.LinearAlgebra;

/// <summary>
/// A square sparse solver whose symbolic analysis (ordering, fill pattern) is fixed at construction; values change
/// through <see cref="Values"/> (aligned with the input CSR pattern) and <see cref="Factorize"/>.
/// </summary>
internal interface ISparseLinearSolver
{
    /// <summary>Matrix order.</summary>
    int Order { get; }

    /// <summary>Values aligned with the column indices of the input CSR pattern; write, then factorise.</summary>
    Span<double> Values { get; }

    /// <summary>Numeric factorisation of the current values; false when a pivot is (numerically) zero.</summary>
    bool Factorize();

    /// <summary>Solves A x = b in place (b becomes x), using the last factorisation.</summary>
    void Solve(Span<double> rhs);
}
