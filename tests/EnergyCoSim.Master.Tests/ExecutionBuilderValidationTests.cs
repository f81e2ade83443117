using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Master;
using EnergyCoSim.Testing;

namespace EnergyCoSim.Master.Tests;

public sealed class ExecutionBuilderValidationTests
{
    [Fact]
    public void Build_FiveBadConnections_ReportsEveryProblemAtOnce()
    {
        var a = new MockComponentBuilder("A").RealOutput("p", "kW").RealOutput("q", "kvar").RealInput("u", "kW").Build();
        var b = new MockComponentBuilder("B").RealInput("p", "MW").RealInput("u", "kW").Build();
        var builder = new ExecutionBuilder().AddComponent(a).AddComponent(b)
            .Connect("A.p", "B.p")      // unit mismatch kW vs MW
            .Connect("X.p", "B.u")      // unknown component
            .Connect("A.nope", "B.u")   // unknown variable (and B.u fed twice)
            .Connect("A.u", "A.u");     // wrong causality on the source

        var ex = Assert.Throws<ValidationException>(() => builder.Build(TestOptions.Fixed(10)));

        Assert.Contains(ex.Violations, v => v.Field == "connections[0].target" && v.Description.Contains("unit 'MW' but A.p has unit 'kW'", StringComparison.Ordinal));
        Assert.Contains(ex.Violations, v => v.Field == "connections[1].source.component" && v.Value == "X");
        Assert.Contains(ex.Violations, v => v.Field == "connections[2].source.variable" && v.Value == "A.nope");
        Assert.Contains(ex.Violations, v => v.Field == "connections[2].target" && v.Description.Contains("already fed by connections[1]", StringComparison.Ordinal));
        Assert.Contains(ex.Violations, v => v.Field == "connections[3].source.variable" && v.Description.Contains("causality Input", StringComparison.Ordinal));
        Assert.Equal(5, ex.Violations.Count);
    }

    [Fact]
    public void Build_IterativeConnectionWithoutSaveState_RefusedNamingTheComponent()
    {
        var a = MockComponents.Affine("A", 1, 0);
        var b = new MockComponentBuilder("B").RealInput("u", "kW").RealOutput("y", "kW").WithCapabilities(new ComponentCapabilities()).Build();
        var builder = new ExecutionBuilder().AddComponent(a).AddComponent(b).Connect("A.y", "B.u", ConnectionSettings.Iterative(1e-6));

        var ex = Assert.Throws<ValidationException>(() => builder.Build(TestOptions.Fixed(10)));

        var v = Assert.Single(ex.Violations);
        Assert.Equal("components[B].capabilities.can_save_state", v.Field);
        Assert.Contains("rolls every component back", v.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_BadOptionsAndSettings_NameFieldValueAndRange()
    {
        var builder = new ExecutionBuilder().AddComponent(MockComponents.Affine("A", 1, 0)).AddComponent(MockComponents.Affine("B", 1, 0))
            .Connect("A.y", "B.u", new ConnectionSettings(CouplingKind.Iterative, -1, 0));
        var options = new ExecutionOptions
        {
            StopTime = SimulationTime.Zero,
            BaseStep = SimulationDuration.Zero,
            StepMultiples = new Dictionary<string, int> { ["Z"] = 2 },
            RealTime = new RealTimeOptions(RealTimeFactor: 0),
        };

        var ex = Assert.Throws<ValidationException>(() => builder.Build(options));

        var fields = ex.Violations.Select(v => v.Field).ToArray();
        Assert.Contains("options.stop_time", fields);
        Assert.Contains("options.base_step", fields);
        Assert.Contains("options.real_time.real_time_factor", fields);
        Assert.Contains("options.step_multiples[Z]", fields);
        Assert.Contains("connections[0].tolerance", fields);
        Assert.Contains(ex.Violations, v => v.Field == "connections[0].max_iterations" && v.Description == "is outside [1, 10000]");
    }

    [Fact]
    public void Build_DuplicateComponentName_Refused()
    {
        var builder = new ExecutionBuilder().AddComponent(MockComponents.Affine("A", 1, 0)).AddComponent(MockComponents.Affine("A", 1, 0));

        var ex = Assert.Throws<ValidationException>(() => builder.Build(TestOptions.Fixed(10)));

        Assert.Equal("components[1].name", Assert.Single(ex.Violations).Field);
    }
}
