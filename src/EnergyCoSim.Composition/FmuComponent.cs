using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Fmi;

namespace EnergyCoSim.Composition;

/// <summary>
/// An FMU instance in a coupled run: sets its parameters and start values right after the experiment is set up
/// (before initialisation, as FMI requires for <c>initial="exact"</c> variables) and owns the unpacked archive.
/// </summary>
internal sealed class FmuComponent : ICoSimComponent
{
    private readonly Fmu _fmu;
    private readonly FmuInstance _instance;
    private readonly uint[] _parameterRefs;
    private readonly double[] _parameterValues;

    public FmuComponent(Fmu fmu, FmuInstance instance, IReadOnlyList<(uint Reference, double Value)> parameters)
    {
        (_fmu, _instance) = (fmu, instance);
        _parameterRefs = parameters.Select(p => p.Reference).ToArray();
        _parameterValues = parameters.Select(p => p.Value).ToArray();
    }

    public string Name => _instance.Name;

    public ComponentDescription Description => _instance.Description;

    public void Setup(SimulationTime startTime, SimulationTime? stopTime, TimeResolution resolution)
    {
        _instance.Setup(startTime, stopTime, resolution);
        if (_parameterRefs.Length > 0)
        {
            _instance.SetReal(_parameterRefs, _parameterValues);
        }
    }

    public void EnterInitialization() => _instance.EnterInitialization();

    public void ExitInitialization() => _instance.ExitInitialization();

    public ValueTask<StepResult> StepAsync(SimulationTime currentTime, SimulationDuration stepSize, CancellationToken cancellationToken) =>
        _instance.StepAsync(currentTime, stepSize, cancellationToken);

    public void Terminate() => _instance.Terminate();

    public ComponentState SaveState() => _instance.SaveState();

    public void RestoreState(ComponentState state) => _instance.RestoreState(state);

    public byte[] SerializeState(ComponentState state) => _instance.SerializeState(state);

    public ComponentState DeserializeState(ReadOnlySpan<byte> data) => _instance.DeserializeState(data);

    public void GetReal(ReadOnlySpan<uint> references, Span<double> values) => _instance.GetReal(references, values);

    public void GetInteger(ReadOnlySpan<uint> references, Span<long> values) => _instance.GetInteger(references, values);

    public void GetBoolean(ReadOnlySpan<uint> references, Span<bool> values) => _instance.GetBoolean(references, values);

    public void GetString(ReadOnlySpan<uint> references, Span<string> values) => _instance.GetString(references, values);

    public void SetReal(ReadOnlySpan<uint> references, ReadOnlySpan<double> values) => _instance.SetReal(references, values);

    public void SetInteger(ReadOnlySpan<uint> references, ReadOnlySpan<long> values) => _instance.SetInteger(references, values);

    public void SetBoolean(ReadOnlySpan<uint> references, ReadOnlySpan<bool> values) => _instance.SetBoolean(references, values);

    public void SetString(ReadOnlySpan<uint> references, ReadOnlySpan<string> values) => _instance.SetString(references, values);

    public void Dispose()
    {
        _instance.Dispose();
        _fmu.Dispose();
    }
}
