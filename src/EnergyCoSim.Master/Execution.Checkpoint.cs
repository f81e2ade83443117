using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Master.Internal;

namespace EnergyCoSim.Master;

/// <summary>Checkpoint/restart of the whole execution: all component states, master time, counters, controller state and coupled values.</summary>
public sealed partial class Execution
{
    /// <summary>
    /// Writes a checkpoint between steps. Every component must be able to save and serialise its state.
    /// Restoring it into an execution built the same way and running to the end equals an uninterrupted run bit for bit.
    /// </summary>
    public void SaveCheckpoint(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (State == ExecutionState.Built)
        {
            Initialize();
        }

        Require(nameof(SaveCheckpoint), ExecutionState.Ready, ExecutionState.Finished);
        RequireSerializable();
        var states = new List<(string, byte[])>(_plan.Components.Length);
        foreach (var c in _plan.Components)
        {
            using var state = c.SaveState();
            states.Add((c.Name, c.SerializeState(state)));
        }

        var current = _engine.Buffer.AsSpan(0, _engine.SlotCount).ToArray();
        var discrete = _engine.Discrete.Select(d => d.Buffer.AsSpan(0, d.SlotCount).ToArray()).ToArray();
        CheckpointCodec.Write(destination, new CheckpointData(
            Fingerprint(), _time.Ticks, _steps, _iterations, _nonConvergedSteps, _rejectedAttempts, _controller?.NextStep.Ticks ?? 0, _controller?.PreviousError ?? 0, current, discrete, states));
        MasterLog.CheckpointSaved(_logger, _time.Ticks);
    }

    /// <summary>
    /// Restores a checkpoint made by <see cref="SaveCheckpoint"/> of an execution with the same structure
    /// (components, connections, algorithm, rates); initialises this execution first if needed.
    /// </summary>
    public void RestoreCheckpoint(Stream source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (State == ExecutionState.Built)
        {
            Initialize();
        }

        Require(nameof(RestoreCheckpoint), ExecutionState.Ready, ExecutionState.Finished);
        RequireSerializable();
        var data = CheckpointCodec.Read(source);
        var expected = Fingerprint();
        if (data.Fingerprint != expected)
        {
            throw new ValidationException("checkpoint.structure", data.Fingerprint, $"does not match this execution ({expected})");
        }

        for (var i = 0; i < _plan.Components.Length; i++)
        {
            var c = _plan.Components[i];
            using var state = c.DeserializeState(data.Components[i].State);
            c.RestoreState(state);
        }

        data.CurrentValues.CopyTo(_engine.Buffer, 0);
        for (var d = 0; d < _engine.Discrete.Count; d++)
        {
            data.DiscreteValues[d].CopyTo(_engine.Discrete[d].Buffer, 0);
        }

        _time = new SimulationTime(data.TimeTicks);
        _steps = data.StepNumber;
        _iterations = data.TotalIterations;
        _nonConvergedSteps = data.NonConvergedSteps;
        _rejectedAttempts = data.RejectedAttempts;
        if (_controller is not null)
        {
            _controller.NextStep = new SimulationDuration(data.NextStepTicks);
            _controller.PreviousError = data.PreviousError;
        }

        _failure = null;
        State = _time >= _options.StopTime ? ExecutionState.Finished : ExecutionState.Ready;
        _pacer?.Anchor(_time.Ticks);
        foreach (var m in _manipulators)
        {
            m.OnRestored(_time);
        }

        foreach (var o in _observers)
        {
            o.OnInitialized(_time, _readViews);
        }

        MasterLog.CheckpointRestored(_logger, _time.Ticks);
    }

    private void RequireSerializable()
    {
        var missing = _plan.Components.Where(c => !c.Description.Capabilities.CanSaveState || !c.Description.Capabilities.CanSerializeState).Select(c => c.Name).ToArray();
        if (missing.Length > 0)
        {
            throw new ValidationException(
                missing.Select(m => new Core.Errors.FieldViolation($"components[{m}].capabilities", "CanSaveState/CanSerializeState", "must both be true to checkpoint the execution")).ToArray(),
                "checkpoint");
        }
    }

    private string Fingerprint() =>
        string.Join(";", _plan.Components.Select(c => $"{c.Name}:{c.Description.TypeName}"))
        + "|" + string.Join(";", _plan.Connections.Select(c => $"{c}:{c.Settings.Kind}"))
        + $"|{_options.Algorithm}|{_options.BaseStep.Ticks}|{string.Join(",", _plan.Multiples)}|{_options.VariableStep is not null}";
}
