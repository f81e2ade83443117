using EnergyCoSim.Grid.Network;
using Microsoft.Extensions.Logging;

namespace EnergyCoSim.Grid.PowerFlow;

/// <summary>
/// Polar Newton–Raphson on the nodal power mismatch with a sparse LU (minimum-degree ordering). Stops on the
/// infinity norm of the P/Q mismatch in p.u. With <see cref="InitialPoint.Auto"/> a failed flat start is retried
/// from the no-load (tap-aware) solution. For repeated solves of one network use <see cref="GridModel"/>.
/// </summary>
public sealed class NewtonRaphsonSolver
{
    private readonly ILogger? _logger;

    /// <summary>Creates the solver with the given (or default) options and an optional logger.</summary>
    public NewtonRaphsonSolver(PowerFlowOptions? options = null, ILogger? logger = null)
    {
        Options = options ?? PowerFlowOptions.Default;
        _logger = logger;
    }

    /// <summary>Solver settings.</summary>
    public PowerFlowOptions Options { get; }

    /// <summary>Solves <paramref name="grid"/>; problems are reported in the result, not thrown.</summary>
    public PowerFlowResult Solve(GridCase grid, CancellationToken cancellationToken = default)
    {
        var model = new GridModel(grid, Options, _logger);
        model.Solve(Options.InitialPoint, cancellationToken);
        return model.ToResult();
    }
}
