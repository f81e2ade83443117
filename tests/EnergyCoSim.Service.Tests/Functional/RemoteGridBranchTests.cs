using EnergyCoSim.Client;
using EnergyCoSim.Contracts.V1;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Service.Tests.Functional;

/// <summary>The remote grid component's branch outputs: the solver's <c>BranchFlow</c>s mapped by id, bad ones refused by name.</summary>
public sealed class RemoteGridBranchTests
{
    private static readonly string[] Buses = ["b1", "b2"];
    private static readonly string[] Branches = ["b0_b1", "b1_b2"];

    [Fact]
    public async Task StepAsync_SolverWithBranchFlows_GivesThemOnTheBranchOutputs()
    {
        // Sent in the other order than the component declares them: mapping is by branch_id.
        await using var host = await SolverHost.StartAsync(new ScriptedGridSolver(_ => Response(
            new BranchFlow { BranchId = "b1_b2", PFromKw = 12.5, QFromKvar = 3, PToKw = -12.25, QToKvar = -2.875, LossKw = 0.25, Loading = 0.625 },
            new BranchFlow { BranchId = "b0_b1", PFromKw = -40, QFromKvar = -1.5, PToKw = 40.5, QToKvar = 1.75, LossKw = 0.5, Loading = 0 })));
        using var component = Create(host);

        var result = await component.StepAsync(SimulationTime.Zero, new SimulationDuration(3600), CancellationToken.None);

        Assert.Equal(StepOutcome.Accepted, result.Outcome);
        Assert.Equal([62.5, 12.5, 3, -12.25, -2.875, 0.25], Read(component, "branch_b1_b2", "loading_pct", "p_from_kw", "q_from_kvar", "p_to_kw", "q_to_kvar", "loss_kw"));
        Assert.Equal([0, -40, -1.5, 40.5, 1.75, 0.5], Read(component, "branch_b0_b1", "loading_pct", "p_from_kw", "q_from_kvar", "p_to_kw", "q_to_kvar", "loss_kw"));
        var loading = component.Description.GetVariable("branch_b1_b2.loading_pct");
        Assert.Equal(("%", VariableCausality.Output), (loading.Unit, loading.Causality));
        Assert.Equal("kW", component.Description.GetVariable("branch_b1_b2.p_from_kw").Unit);
    }

    [Theory]
    [InlineData("loading", double.NaN, "branch 'b1_b2' loading = NaN is not finite")]
    [InlineData("q_to_kvar", double.PositiveInfinity, "branch 'b1_b2' q_to_kvar = Infinity is not finite")]
    [InlineData("loading", -0.5, "branch 'b1_b2' loading = -0.5 is negative")]
    public async Task StepAsync_BadBranchValue_FailsNamingTheBranchFieldAndValueAndKeepsTheLastOutputs(string field, double value, string expected)
    {
        var bad = false;
        await using var host = await SolverHost.StartAsync(new ScriptedGridSolver(_ =>
        {
            var flow = new BranchFlow { BranchId = "b1_b2", Loading = 0.25 };
            if (bad && field == "loading")
            {
                flow.Loading = value;
            }
            else if (bad)
            {
                flow.QToKvar = value;
            }

            return Response(flow, new BranchFlow { BranchId = "b0_b1" });
        }));
        using var component = Create(host);
        await component.StepAsync(SimulationTime.Zero, new SimulationDuration(3600), CancellationToken.None);
        bad = true;

        var result = await component.StepAsync(new SimulationTime(3600), new SimulationDuration(3600), CancellationToken.None);

        Assert.Equal(StepOutcome.Failed, result.Outcome);
        Assert.Contains(expected, result.Message, StringComparison.Ordinal);
        Assert.Equal([25.0], Read(component, "branch_b1_b2", "loading_pct"));
    }

    [Fact]
    public async Task StepAsync_UnknownBranch_FailsNamingIt()
    {
        await using var host = await SolverHost.StartAsync(new ScriptedGridSolver(_ => Response(
            new BranchFlow { BranchId = "b0_b1" }, new BranchFlow { BranchId = "b1_b2" }, new BranchFlow { BranchId = "branch_7" })));
        using var component = Create(host);

        var result = await component.StepAsync(SimulationTime.Zero, new SimulationDuration(3600), CancellationToken.None);

        Assert.Equal(StepOutcome.Failed, result.Outcome);
        Assert.Contains("unknown branch 'branch_7'", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepAsync_MissingBranch_FailsNamingIt()
    {
        await using var host = await SolverHost.StartAsync(new ScriptedGridSolver(_ => Response(new BranchFlow { BranchId = "b0_b1" })));
        using var component = Create(host);

        var result = await component.StepAsync(SimulationTime.Zero, new SimulationDuration(3600), CancellationToken.None);

        Assert.Equal(StepOutcome.Failed, result.Outcome);
        Assert.Contains("no flow for branch 'b1_b2'", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepAsync_VoltagesOnlySolver_FailsSayingItSendsNoBranchFlows()
    {
        await using var host = await SolverHost.StartAsync(new ScriptedGridSolver(_ => Response()));
        using var component = Create(host);

        var result = await component.StepAsync(SimulationTime.Zero, new SimulationDuration(3600), CancellationToken.None);

        Assert.Equal(StepOutcome.Failed, result.Outcome);
        Assert.Contains("no branch flows", result.Message, StringComparison.Ordinal);
        Assert.Contains("2 branches", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepAsync_MissingVoltage_FailsNamingTheBus()
    {
        await using var host = await SolverHost.StartAsync(new ScriptedGridSolver(_ =>
        {
            var r = new SolveResponse { Converged = true };
            r.Voltages.Add(new BusVoltage { BusId = "b1", MagnitudePu = 1 });
            return r;
        }));
        using var component = Create(host);

        var result = await component.StepAsync(SimulationTime.Zero, new SimulationDuration(3600), CancellationToken.None);

        Assert.Equal(StepOutcome.Failed, result.Outcome);
        Assert.Contains("no voltage for bus 'b2'", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepAsync_DescribedBranchesAreNotTheComponents_FailsNamingTheDifference()
    {
        var describe = new DescribeGridResponse { BranchIds = { "b0_b1", "b1_b3" } };
        await using var host = await SolverHost.StartAsync(new ScriptedGridSolver(_ => Response(new BranchFlow { BranchId = "b0_b1" }, new BranchFlow { BranchId = "b1_b2" }), describe));
        using var component = Create(host);

        var result = await component.StepAsync(SimulationTime.Zero, new SimulationDuration(3600), CancellationToken.None);

        Assert.Equal(StepOutcome.Failed, result.Outcome);
        Assert.Contains("unknown 'b1_b3'; missing 'b1_b2'", result.Message, StringComparison.Ordinal);
    }

    private static RemoteGridComponent Create(SolverHost host)
    {
        var component = new RemoteGridComponent("grid", new RemoteGridSolver(new Uri(host.Address), TimeSpan.FromSeconds(5)), Buses, "", Branches, "branch_");
        component.Setup(SimulationTime.Zero, null, TimeResolution.Second);
        return component;
    }

    private static SolveResponse Response(params BranchFlow[] branches)
    {
        var response = new SolveResponse { Converged = true, Iterations = 1, TotalLossesKw = 0.75 };
        response.Voltages.Add(new BusVoltage { BusId = "b1", MagnitudePu = 0.99 });
        response.Voltages.Add(new BusVoltage { BusId = "b2", MagnitudePu = 0.98 });
        response.Branches.AddRange(branches);
        return response;
    }

    private static double[] Read(ICoSimComponent component, string branch, params string[] suffixes)
    {
        var refs = suffixes.Select(s => component.Description.GetVariable($"{branch}.{s}").Reference).ToArray();
        var values = new double[refs.Length];
        component.GetReal(refs, values);
        return values;
    }
}
