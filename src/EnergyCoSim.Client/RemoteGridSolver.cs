using EnergyCoSim.Contracts.V1;
using EnergyCoSim.Core.Errors;
using Grpc.Core;
using Grpc.Net.Client;

namespace EnergyCoSim.Client;

/// <summary>
/// Reaches an external power-flow solver implementing the v1 GridSolver contract: bus injections (kW, kvar)
/// in, voltages, flows and losses out, each call bounded by a deadline.
/// </summary>
public sealed class RemoteGridSolver : IDisposable
{
    private readonly GrpcChannel _channel;
    private readonly GridSolver.GridSolverClient _client;

    /// <summary>Connects to <paramref name="address"/>; every solve must answer within <paramref name="deadline"/>.</summary>
    public RemoteGridSolver(Uri address, TimeSpan deadline)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(deadline, TimeSpan.Zero);
        Address = address.ToString();
        Deadline = deadline;
        _channel = GrpcChannel.ForAddress(address);
        _client = new GridSolver.GridSolverClient(_channel);
    }

    /// <summary>The solver's address.</summary>
    public string Address { get; }

    /// <summary>Deadline of each call.</summary>
    public TimeSpan Deadline { get; }

    /// <summary>
    /// Solves one power flow with <paramref name="outOfServiceBranchIds"/> (solver branch ids, e.g. <c>800_802</c>) left
    /// out and <paramref name="inServiceBranchIds"/> (out in the case) put in; throws
    /// <see cref="GridSolverDeadlineException"/> when the solver is too slow.
    /// </summary>
    public async Task<SolveResponse> SolveAsync(int step, int iteration, IEnumerable<BusInjection> injections, CancellationToken cancellationToken, IEnumerable<string>? outOfServiceBranchIds = null, IEnumerable<string>? inServiceBranchIds = null)
    {
        var request = new SolveRequest { Step = step, Iteration = iteration };
        request.Injections.AddRange(injections);
        request.OutOfServiceBranchIds.AddRange(outOfServiceBranchIds ?? []);
        request.InServiceBranchIds.AddRange(inServiceBranchIds ?? []);
        try
        {
            return await _client.SolveAsync(request, deadline: DateTime.UtcNow + Deadline, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.DeadlineExceeded)
        {
            throw new GridSolverDeadlineException(Address, step, Deadline, ex);
        }
        catch (RpcException ex) when (ex.StatusCode != StatusCode.Cancelled)
        {
            throw new ModelException($"grid solver {Address}", $"{ex.StatusCode}: {ex.Status.Detail}", innerException: ex);
        }
    }

    /// <summary>The solver's description of its grid, or null when the solver does not implement DescribeGrid (older solvers).</summary>
    public async Task<DescribeGridResponse?> DescribeAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _client.DescribeGridAsync(new DescribeGridRequest(), deadline: DateTime.UtcNow + Deadline, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.Unimplemented)
        {
            return null;
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.DeadlineExceeded)
        {
            throw new GridSolverDeadlineException(Address, 0, Deadline, ex);
        }
        catch (RpcException ex) when (ex.StatusCode != StatusCode.Cancelled)
        {
            throw new ModelException($"grid solver {Address}", $"DescribeGrid: {ex.StatusCode}: {ex.Status.Detail}", innerException: ex);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _channel.Dispose();
}
