using EnergyCoSim.Core.Time;

namespace EnergyCoSim.Testing;

/// <summary>What a mock component's step function sees: the step interval and read/write access to its variables by name.</summary>
public sealed class MockStepContext
{
    private readonly MockComponent _owner;

    internal MockStepContext(MockComponent owner) => _owner = owner;

    /// <summary>Start of the step.</summary>
    public SimulationTime Time { get; internal set; }

    /// <summary>Step size.</summary>
    public SimulationDuration StepSize { get; internal set; }

    /// <summary>End of the step (<see cref="Time"/> + <see cref="StepSize"/>).</summary>
    public SimulationTime EndTime => Time + StepSize;

    /// <summary>Number of steps this component accepted before this one (part of the saved state).</summary>
    public long StepCount => _owner.StepCount;

    /// <summary>Token of the step call.</summary>
    public CancellationToken CancellationToken { get; internal set; }

    /// <summary>Reads or writes a Real variable by name.</summary>
    public double this[string name]
    {
        get => _owner.GetRealByName(name);
        set => _owner.SetRealByName(name, value);
    }

    /// <summary>Reads an Integer variable by name.</summary>
    public long GetInteger(string name) => _owner.GetIntegerByName(name);

    /// <summary>Writes an Integer variable by name.</summary>
    public void SetInteger(string name, long value) => _owner.SetIntegerByName(name, value);

    /// <summary>Reads a Boolean variable by name.</summary>
    public bool GetBoolean(string name) => _owner.GetBooleanByName(name);

    /// <summary>Writes a Boolean variable by name.</summary>
    public void SetBoolean(string name, bool value) => _owner.SetBooleanByName(name, value);
}
