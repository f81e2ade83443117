using EnergyCoSim.Contracts.V1;
using Grpc.Core;

namespace EnergyCoSim.Service.Tests.Functional;

/// <summary>
/// Wraps another test solver: records every request and the answer sent, and lets the test spoil answers through
/// <see cref="Tamper"/> (null: the inner solver's answer as is).
/// </summary>
public sealed class RecordingGridSolver(GridSolver.GridSolverBase inner) : GridSolver.GridSolverBase
{
    private readonly Lock _gate = new();

    public List<SolveRequest> Requests { get; } = [];

    public List<SolveResponse> Responses { get; } = [];

    public Action<SolveResponse>? Tamper { get; set; }

    public override Task<DescribeGridResponse> DescribeGrid(DescribeGridRequest request, ServerCallContext context) => inner.DescribeGrid(request, context);

    public override async Task<SolveResponse> Solve(SolveRequest request, ServerCallContext context)
    {
        var response = await inner.Solve(request, context);
        Tamper?.Invoke(response);
        lock (_gate)
        {
            Requests.Add(request.Clone());
            Responses.Add(response.Clone());
        }

        return response;
    }
}
