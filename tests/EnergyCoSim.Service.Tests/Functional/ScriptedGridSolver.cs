using EnergyCoSim.Contracts.V1;
using Grpc.Core;

namespace EnergyCoSim.Service.Tests.Functional;

/// <summary>A GridSolver whose answers the test writes: <paramref name="solve"/> per request, <paramref name="describe"/> (null: DescribeGrid unimplemented).</summary>
public sealed class ScriptedGridSolver(Func<SolveRequest, SolveResponse> solve, DescribeGridResponse? describe = null) : GridSolver.GridSolverBase
{
    public override Task<DescribeGridResponse> DescribeGrid(DescribeGridRequest request, ServerCallContext context) =>
        describe is null ? base.DescribeGrid(request, context) : Task.FromResult(describe);

    public override Task<SolveResponse> Solve(SolveRequest request, ServerCallContext context) => Task.FromResult(solve(request));
}
