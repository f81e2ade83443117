using System.Globalization;
using EnergyCoSim.Composition;
using EnergyCoSim.Contracts.V1;
using EnergyCoSim.Grid.Network;
using EnergyCoSim.Grid.PowerFlow;
using Grpc.Core;

namespace EnergyCoSim.Service.Tests.Functional;

/// <summary>
/// A GridSolver that answers with the embedded power flow of <paramref name="feeder"/> (the reference): voltages,
/// every branch's flows in kW/kvar and its loading as a fraction of the rating, the feeder's branch ids. Branches in
/// <see cref="SolveRequest.OutOfServiceBranchIds"/> are taken out and those of <see cref="SolveRequest.InServiceBranchIds"/>
/// put in, as the embedded component's <c>in_service</c> inputs do.
/// </summary>
public sealed class EmbeddedGridSolver(GridCase feeder) : GridSolver.GridSolverBase
{
    private readonly Lock _gate = new();
    private readonly IReadOnlyList<string> _branchIds = MarketGridCoupling.RemoteBranchIds(feeder);
    private GridModel _model = new(feeder);
    private string _switching = "|";

    public int Calls { get; private set; }

    public override Task<DescribeGridResponse> DescribeGrid(DescribeGridRequest request, ServerCallContext context)
    {
        var response = new DescribeGridResponse { Name = feeder.Name, BaseMva = feeder.BaseMva };
        response.BusIds.AddRange(feeder.Buses.Select(b => b.Id.ToString(CultureInfo.InvariantCulture)));
        response.BranchIds.AddRange(_branchIds);
        return Task.FromResult(response);
    }

    public override Task<SolveResponse> Solve(SolveRequest request, ServerCallContext context)
    {
        lock (_gate)
        {
            Calls++;
            Reconfigure(request.OutOfServiceBranchIds, request.InServiceBranchIds);
            _model.ClearInjections();
            foreach (var i in request.Injections)
            {
                _model.SetBusInjectionKw(int.Parse(i.BusId, CultureInfo.InvariantCulture), i.PKw, i.QKvar);
            }

            var outcome = _model.Solve(InitialPoint.NoLoad, context.CancellationToken);
            var voltages = new double[feeder.Buses.Count];
            var loadings = new double[feeder.Branches.Count];
            _model.CopyVoltagesPu(voltages);
            _model.CopyBranchLoadingsPercent(loadings);
            var response = new SolveResponse { Converged = outcome.Converged, Iterations = outcome.Iterations, TotalLossesKw = _model.Losses().PKw };
            for (var k = 0; k < voltages.Length; k++)
            {
                response.Voltages.Add(new BusVoltage { BusId = feeder.Buses[k].Id.ToString(CultureInfo.InvariantCulture), MagnitudePu = voltages[k] });
            }

            foreach (var b in _model.ToResult().Branches)
            {
                response.Branches.Add(new BranchFlow
                {
                    BranchId = _branchIds[b.Index],
                    PFromKw = b.PFromMw * 1000,
                    QFromKvar = b.QFromMvar * 1000,
                    PToKw = b.PToMw * 1000,
                    QToKvar = b.QToMvar * 1000,
                    LossKw = b.LossMw * 1000,
                    Loading = loadings[b.Index] / 100,
                });
            }

            return Task.FromResult(response);
        }
    }

    // Recompiles only when the switching state changes, as the embedded component does on a toggle.
    private void Reconfigure(IReadOnlyCollection<string> outOfService, IReadOnlyCollection<string> inService)
    {
        var key = string.Join(",", outOfService.Order(StringComparer.Ordinal)) + "|" + string.Join(",", inService.Order(StringComparer.Ordinal));
        if (key == _switching)
        {
            return;
        }

        var unknown = outOfService.Concat(inService).Except(_branchIds, StringComparer.Ordinal).ToArray();
        if (unknown.Length > 0)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"unknown branch ids {string.Join(", ", unknown)}"));
        }

        var off = outOfService.ToHashSet(StringComparer.Ordinal);
        var on = inService.ToHashSet(StringComparer.Ordinal);
        var branches = feeder.Branches.Select((b, k) => off.Contains(_branchIds[k]) ? b with { InService = false } : on.Contains(_branchIds[k]) ? b with { InService = true } : b).ToArray();
        _model = new GridModel(new GridCase(feeder.Name, feeder.BaseMva, feeder.Buses, branches, feeder.Generators, feeder.Loads, feeder.Switches, feeder.Source));
        _switching = key;
    }
}
