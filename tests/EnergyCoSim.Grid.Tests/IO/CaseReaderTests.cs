using EnergyCoSim.Core.Errors;
using EnergyCoSim.Grid.Feeders;
using EnergyCoSim.Grid.IO;
using EnergyCoSim.Grid.Network;
using EnergyCoSim.Grid.PowerFlow;

namespace EnergyCoSim.Grid.Tests.IO;

public class CaseReaderTests
{
    private const string ThreeBusMatpower = """
        function mpc = tiny
        mpc.version = '2';
        mpc.baseMVA = 100;
        %% bus_i type Pd Qd Gs Bs area Vm Va baseKV zone Vmax Vmin
        mpc.bus = [
            1  3  0   0   0  0   1 1.02 0 110 1 1.1 0.9;
            2  1  50  20  0  10  1 1    0 110 1 1.1 0.9;   % shunt capacitor 10 MVAr
            3  2  0   0   0  0   1 1    0 110 1 1.1 0.9;
        ];
        mpc.gen = [
            1  0   0  100 -100 1.02 100 1 200 0;
            3  30  0  100 -100 1.01 100 1 100 0;
        ];
        mpc.branch = [
            1 2 0.01 0.1 0.02 120 0 0 0    0 1 -360 360;
            2 3 0.01 0.1 0.02 0   0 0 0.98 5 1 -360 360;
        ];
        """;

    [Fact]
    public void Read_MatpowerVersion2_MapsEveryColumn()
    {
        var grid = MatpowerCaseReader.Read(ThreeBusMatpower, "tiny");

        Assert.Equal(100, grid.BaseMva);
        Assert.Equal(BusType.Slack, grid.Buses[0].Type);
        Assert.Equal(10, grid.Buses[1].ShuntBMvar);
        Assert.Equal(new Load(2, 50, 20), Assert.Single(grid.Loads));
        Assert.Equal(1.01, grid.Generators[1].VSetPu);
        Assert.Equal(120, grid.Branches[0].RateMva);
        Assert.Equal(0.98, grid.Branches[1].Tap);
        Assert.Equal(5, grid.Branches[1].ShiftDeg);
        Assert.True(new NewtonRaphsonSolver().Solve(grid).Converged);
    }

    [Fact]
    public void Read_MatpowerWithNonNumericCell_NamesFieldAndLine()
    {
        var text = ThreeBusMatpower.Replace("0.01 0.1 0.02 120", "0.01 abc 0.02 120", StringComparison.Ordinal);

        var ex = Assert.Throws<ValidationException>(() => MatpowerCaseReader.Read(text, "tiny"));

        Assert.Contains("mpc.branch", ex.Violations[0].Field);
        Assert.Equal("abc", ex.Violations[0].Value);
    }

    [Theory]
    [InlineData(BuiltInFeeders.Ieee13)]
    [InlineData(BuiltInFeeders.BaranWu33)]
    public void Write_ThenRead_GivesTheSamePowerFlow(string feeder)
    {
        var original = BuiltInFeeders.Load(feeder);

        var copy = JsonCaseReader.Read(JsonCaseWriter.Write(original));

        var a = new NewtonRaphsonSolver().Solve(original);
        var b = new NewtonRaphsonSolver().Solve(copy);
        Assert.Equal(a.TotalLossMw, b.TotalLossMw, 1e-12);
        Assert.Equal(original.Switches.Count, copy.Switches.Count);
    }

    [Fact]
    public void Read_OhmsAndKw_ConvertsOnFromBusBase()
    {
        const string json = """
            { "format": "energycosim-case/1", "name": "ohms", "baseMva": 10,
              "buses": [ { "id": 1, "type": "slack", "baseKv": 12.66 }, { "id": 2, "type": "pq", "baseKv": 12.66 } ],
              "branches": [ { "from": 1, "to": 2, "rOhm": 0.0922, "xOhm": 0.0470, "bMicroSiemens": 10 } ],
              "generators": [ { "bus": 1, "pMw": 0 } ],
              "loads": [ { "bus": 2, "pKw": 100, "qKvar": 60 } ] }
            """;

        var grid = JsonCaseReader.Read(json);

        var zBase = 12.66 * 12.66 / 10;
        Assert.Equal(0.0922 / zBase, grid.Branches[0].RPu, 1e-15);
        Assert.Equal(0.0470 / zBase, grid.Branches[0].XPu, 1e-15);
        Assert.Equal(10e-6 * zBase, grid.Branches[0].BPu, 1e-15);
        Assert.Equal(0.1, grid.Loads[0].PMw, 1e-15);
        Assert.Equal(0.06, grid.Loads[0].QMvar, 1e-15);
    }

    [Fact]
    public void Read_InvalidCase_ReportsAllProblemsAtOnce()
    {
        const string json = """
            { "format": "energycosim-case/1", "name": "bad", "baseMva": 10,
              "buses": [ { "id": 1, "type": "slack", "baseKv": 12.66 }, { "id": 2, "type": "xx", "baseKv": 12.66 } ],
              "branches": [ { "from": 1, "to": 2, "rPu": 0.1, "xOhm": 0.1 } ],
              "loads": [ { "bus": 7, "pMw": 1 } ] }
            """;

        var ex = Assert.Throws<ValidationException>(() => JsonCaseReader.Read(json));

        Assert.Contains(ex.Violations, v => v.Field == "buses[1].type");
        Assert.Contains(ex.Violations, v => v.Field == "branches[0].rPu");
    }

    [Fact]
    public void Read_UnknownBusInLoad_ThrowsValidationWithPath()
    {
        const string json = """
            { "format": "energycosim-case/1", "name": "bad", "baseMva": 10,
              "buses": [ { "id": 1, "type": "slack", "baseKv": 12.66 } ],
              "loads": [ { "bus": 7, "pMw": 1 } ] }
            """;

        var ex = Assert.Throws<ValidationException>(() => JsonCaseReader.Read(json));

        Assert.Contains(ex.Violations, v => v.Field == "loads[0].bus" && v.Value == "7");
    }
}
