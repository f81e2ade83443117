using EnergyCoSim.Contracts.V1;
using Grpc.Core;

namespace EnergyCoSim.Service.Tests.Functional;

/// <summary>
/// A star-feeder solver for tests: each bus's voltage drops by 0.001 p.u. per kW drawn; optionally slow. It knows no
/// feeder impedances, so the <paramref name="branches"/> it is given are reported unloaded (right for an unrated feeder).
/// </summary>
public sealed class TestGridSolver(TimeSpan delay, IReadOnlyList<string>? branches = null) : GridSolver.GridSolverBase
{
    public int Calls { get; private set; }

    public override async Task<SolveResponse> Solve(SolveRequest request, ServerCallContext context)
    {
        Calls++;
        await Task.Delay(delay, context.CancellationToken);
        var response = new SolveResponse { Converged = true, Iterations = 1 };
        foreach (var i in request.Injections)
        {
            response.Voltages.Add(new BusVoltage { BusId = i.BusId, MagnitudePu = 1 + (0.001 * i.PKw) });
        }

        foreach (var b in branches ?? [])
        {
            response.Branches.Add(new BranchFlow { BranchId = b });
        }

        return response;
    }
}
