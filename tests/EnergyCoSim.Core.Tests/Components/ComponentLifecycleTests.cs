using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Core.Tests.Components;

public sealed class ComponentLifecycleTests
{
    [Fact]
    public void Require_StepBeforeInitialise_ThrowsNamingStates()
    {
        var lifecycle = new ComponentLifecycle("battery1");
        var ex = Assert.Throws<InvalidStateException>(() => lifecycle.Require("DoStep", ComponentLifecycleState.Stepping));
        Assert.Equal("battery1: 'DoStep' is not allowed in state Instantiated (allowed in: Stepping)", ex.Message);
    }

    [Fact]
    public void Transition_AllowedOrder_ReachesStepping()
    {
        var l = new ComponentLifecycle("c");
        l.Transition("Setup", ComponentLifecycleState.SetUp, ComponentLifecycleState.Instantiated);
        l.Transition("EnterInit", ComponentLifecycleState.Initializing, ComponentLifecycleState.SetUp);
        l.Transition("ExitInit", ComponentLifecycleState.Stepping, ComponentLifecycleState.Initializing);
        Assert.Equal(ComponentLifecycleState.Stepping, l.State);
    }

    [Fact]
    public void ComponentDescription_DuplicateReference_IsRejected()
    {
        var vars = new[]
        {
            new VariableDescription(1, "p", VariableType.Real, VariableCausality.Input),
            new VariableDescription(1, "q", VariableType.Real, VariableCausality.Output),
        };
        Assert.Throws<ValidationException>(() => new ComponentDescription("M", vars, ComponentCapabilities.Full));
    }
}
