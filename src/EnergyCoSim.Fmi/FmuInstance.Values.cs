using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Fmi.Internal;

namespace EnergyCoSim.Fmi;

/// <summary>Batched get/set by value reference: state checks and reference checks before any native call.</summary>
public abstract partial class FmuInstance
{
    /// <inheritdoc />
    public void SetReal(ReadOnlySpan<uint> references, ReadOnlySpan<double> values)
    {
        RequireSet(nameof(SetReal), references.Length, values.Length);
        SetRealCore(references, values);
    }

    /// <inheritdoc />
    public void SetInteger(ReadOnlySpan<uint> references, ReadOnlySpan<long> values)
    {
        RequireSet(nameof(SetInteger), references.Length, values.Length);
        SetIntegerCore(references, values);
    }

    /// <inheritdoc />
    public void SetBoolean(ReadOnlySpan<uint> references, ReadOnlySpan<bool> values)
    {
        RequireSet(nameof(SetBoolean), references.Length, values.Length);
        SetBooleanCore(references, values);
    }

    /// <inheritdoc />
    public void SetString(ReadOnlySpan<uint> references, ReadOnlySpan<string> values)
    {
        RequireSet(nameof(SetString), references.Length, values.Length);
        SetStringCore(references, values);
    }

    /// <inheritdoc />
    public void GetReal(ReadOnlySpan<uint> references, Span<double> values)
    {
        RequireGet(nameof(GetReal), references.Length, values.Length);
        GetRealCore(references, values);
    }

    /// <inheritdoc />
    public void GetInteger(ReadOnlySpan<uint> references, Span<long> values)
    {
        RequireGet(nameof(GetInteger), references.Length, values.Length);
        GetIntegerCore(references, values);
    }

    /// <inheritdoc />
    public void GetBoolean(ReadOnlySpan<uint> references, Span<bool> values)
    {
        RequireGet(nameof(GetBoolean), references.Length, values.Length);
        GetBooleanCore(references, values);
    }

    /// <inheritdoc />
    public void GetString(ReadOnlySpan<uint> references, Span<string> values)
    {
        RequireGet(nameof(GetString), references.Length, values.Length);
        GetStringCore(references, values);
    }

    /// <summary>Directional derivative: <paramref name="sensitivity"/> = J(unknowns, knowns) · <paramref name="seed"/>.</summary>
    public void GetDirectionalDerivative(ReadOnlySpan<uint> unknowns, ReadOnlySpan<uint> knowns, ReadOnlySpan<double> seed, Span<double> sensitivity)
    {
        RequireGet(nameof(GetDirectionalDerivative), unknowns.Length, sensitivity.Length);
        ArgumentOutOfRangeException.ThrowIfNotEqual(seed.Length, knowns.Length, nameof(seed));
        if (!ModelDescription.CoSimulation.ProvidesDirectionalDerivatives)
        {
            throw new InvalidStateException(Name, nameof(GetDirectionalDerivative), "no providesDirectionalDerivative(s) capability", "FMUs that declare it");
        }

        GetDirectionalDerivativeCore(unknowns, knowns, seed, sensitivity);
    }

    /// <summary>Throws NotFoundException for a reference the model description does not declare, before any native call.</summary>
    private protected void RequireKnown(VariableType type, ReadOnlySpan<uint> references)
    {
        var known = _known[(int)type];
        foreach (var r in references)
        {
            if (!known.Contains(r))
            {
                throw Unknown(type, r);
            }
        }
    }

    private void RequireSet(string operation, int references, int values)
    {
        RequireSetState(operation);
        ArgumentOutOfRangeException.ThrowIfNotEqual(values, references, nameof(values));
    }

    private protected void RequireSetState(string operation) =>
        Lifecycle.Require(operation, ComponentLifecycleState.Instantiated, ComponentLifecycleState.SetUp, ComponentLifecycleState.Initializing,
            ComponentLifecycleState.Stepping);

    private void RequireGet(string operation, int references, int values)
    {
        RequireGetState(operation);
        ArgumentOutOfRangeException.ThrowIfNotEqual(values, references, nameof(values));
    }

    private protected void RequireGetState(string operation)
    {
        RequireNotFatal(operation);
        Lifecycle.Require(operation, ComponentLifecycleState.Initializing, ComponentLifecycleState.Stepping, ComponentLifecycleState.Terminated,
            ComponentLifecycleState.Failed);
    }
}
