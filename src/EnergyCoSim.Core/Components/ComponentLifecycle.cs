using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Core.Components;

/// <summary>
/// Enforces the component call order of <see cref="ICoSimComponent"/>: every implementation calls
/// <see cref="Require"/> first, so a call in the wrong state is a clear error, never a native crash.
/// </summary>
public sealed class ComponentLifecycle
{
    private readonly string _componentName;

    /// <summary>Creates the tracker for <paramref name="componentName"/> in state Instantiated.</summary>
    public ComponentLifecycle(string componentName) => _componentName = componentName;

    /// <summary>The current state.</summary>
    public ComponentLifecycleState State { get; private set; } = ComponentLifecycleState.Instantiated;

    /// <summary>Throws <see cref="InvalidStateException"/> unless the current state is one of <paramref name="allowed"/>.</summary>
    public void Require(string operation, params ReadOnlySpan<ComponentLifecycleState> allowed)
    {
        foreach (var s in allowed)
        {
            if (s == State)
            {
                return;
            }
        }

        var names = new string[allowed.Length];
        for (var i = 0; i < allowed.Length; i++)
        {
            names[i] = allowed[i].ToString();
        }

        throw new InvalidStateException(_componentName, operation, State.ToString(), string.Join(", ", names));
    }

    /// <summary>Checks the state and moves to <paramref name="next"/>.</summary>
    public void Transition(string operation, ComponentLifecycleState next, params ReadOnlySpan<ComponentLifecycleState> allowed)
    {
        Require(operation, allowed);
        State = next;
    }

    /// <summary>Moves to <paramref name="next"/> unconditionally (used for Failed and Disposed).</summary>
    public void Force(ComponentLifecycleState next) => State = next;
}
