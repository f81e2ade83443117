using EnergyCoSim.Grid.Feeders;
using EnergyCoSim.Grid.IO;
using EnergyCoSim.Grid.PowerFlow;

namespace EnergyCoSim.Grid.Tests.IO;

public class ResultWriterTests
{
    [Fact]
    public void WriteBusCsv_BaranWu_OneRowPerBusWithInvariantNumbers()
    {
        var result = new NewtonRaphsonSolver().Solve(BuiltInFeeders.Load(BuiltInFeeders.BaranWu33));
        var writer = new StringWriter();

        PowerFlowResultWriter.WriteBusCsv(result, writer);

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(34, lines.Length);
        Assert.StartsWith("bus,vm_pu,va_deg", lines[0]);
        Assert.StartsWith("18,0.913", lines[18]);
    }

    [Fact]
    public void WriteBranchCsv_OutOfServiceTie_IsMarked()
    {
        var result = new NewtonRaphsonSolver().Solve(BuiltInFeeders.Load(BuiltInFeeders.BaranWu33));
        var writer = new StringWriter();

        PowerFlowResultWriter.WriteBranchCsv(result, writer);

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(38, lines.Length);
        Assert.EndsWith(",0", lines[33].TrimEnd('\r'));
    }

    [Fact]
    public void ToJson_Result_CarriesConvergenceFields()
    {
        var result = new NewtonRaphsonSolver().Solve(BuiltInFeeders.Load(BuiltInFeeders.BaranWu33));

        var json = PowerFlowResultWriter.ToJson(result);

        Assert.Contains("\"normName\"", json);
        Assert.Contains("\"mismatchNorm\"", json);
        Assert.Contains("\"totalLossMw\"", json);
        Assert.DoesNotContain("NaN", json);
    }
}
