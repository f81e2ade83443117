using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Fmi.Internal;
using Microsoft.Extensions.Logging;

namespace EnergyCoSim.Fmi;

/// <summary>
/// One co-simulation instance of an FMU, usable wherever a Core component is: the FMI state machine is enforced
/// (a wrong-order call is an <see cref="InvalidStateException"/>), every status is checked, the FMU's log goes to ILogger.
/// </summary>
public abstract partial class FmuInstance : ICoSimComponent
{
    private const int RecentCapacity = 8;
    private readonly string[] _recent = new string[RecentCapacity];
    private readonly Fmu _fmu;
    private readonly ILogger _logger;
    private readonly Dictionary<(VariableType, uint), string> _names = [];
    private readonly string[] _inputNames;
    private readonly HashSet<uint>[] _known = [[], [], [], [], []];
    private int _recentCount;
    private GCHandle _self;
    private bool _stepFailed;
    private bool _disposed;

    private protected FmuInstance(Fmu fmu, string name, FmuInstanceOptions options, ILogger logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _fmu = fmu;
        Name = name;
        Options = options;
        _logger = logger;
        ModelDescription = fmu.ModelDescription;
        Description = fmu.ComponentDescription;
        Lifecycle = new ComponentLifecycle(name);
        foreach (var v in ModelDescription.Variables)
        {
            if (ComponentMapper.CoreType(v.Type) is { } t)
            {
                _names.TryAdd((t, v.ValueReference), v.Name);
                _known[(int)t].Add(v.ValueReference);
            }
        }

        _inputNames = ModelDescription.Variables.Where(v => v.Causality == VariableCausality.Input).Select(v => v.Name).ToArray();
        _self = GCHandle.Alloc(this);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public ComponentDescription Description { get; }

    /// <summary>The parsed model description.</summary>
    public FmiModelDescription ModelDescription { get; }

    /// <summary>The options the instance was created with.</summary>
    public FmuInstanceOptions Options { get; }

    /// <summary>The lifecycle state.</summary>
    public ComponentLifecycleState State => Lifecycle.State;

    /// <summary>The FMU's last log messages, oldest first.</summary>
    public IReadOnlyList<string> RecentMessages
    {
        get
        {
            var n = Math.Min(_recentCount, RecentCapacity);
            var list = new string[n];
            for (var i = 0; i < n; i++)
            {
                list[i] = _recent[(_recentCount - n + i) % RecentCapacity];
            }

            return list;
        }
    }

    /// <summary>Time resolution given to Setup, used to turn ticks into FMI seconds.</summary>
    public TimeResolution Resolution { get; private set; } = TimeResolution.Second;

    /// <summary>The time the FMU reached at the end of the last step, in seconds.</summary>
    public double Time { get; private protected set; }

    private protected ComponentLifecycle Lifecycle { get; }

    private protected bool Fatal { get; private set; }

    private protected nint Environment => GCHandle.ToIntPtr(_self);

    /// <inheritdoc />
    public void Setup(SimulationTime startTime, SimulationTime? stopTime, TimeResolution resolution)
    {
        Lifecycle.Require(nameof(Setup), ComponentLifecycleState.Instantiated);
        Resolution = resolution;
        var stop = stopTime is { } s && s != SimulationTime.MaxValue ? s.ToSeconds(resolution) : (double?)null;
        SetupCore(startTime.ToSeconds(resolution), stop, ModelDescription.DefaultExperiment?.Tolerance);
        Time = startTime.ToSeconds(resolution);
        Lifecycle.Transition(nameof(Setup), ComponentLifecycleState.SetUp, ComponentLifecycleState.Instantiated);
    }

    /// <summary>Declares the experiment in FMI seconds (for callers without a tick clock, e.g. the CLI).</summary>
    public void Setup(double startTime, double? stopTime)
    {
        Lifecycle.Require(nameof(Setup), ComponentLifecycleState.Instantiated);
        SetupCore(startTime, stopTime, ModelDescription.DefaultExperiment?.Tolerance);
        Time = startTime;
        Lifecycle.Transition(nameof(Setup), ComponentLifecycleState.SetUp, ComponentLifecycleState.Instantiated);
    }

    /// <inheritdoc />
    public void EnterInitialization()
    {
        Lifecycle.Require(nameof(EnterInitialization), ComponentLifecycleState.SetUp);
        EnterInitializationCore();
        Lifecycle.Transition(nameof(EnterInitialization), ComponentLifecycleState.Initializing, ComponentLifecycleState.SetUp);
    }

    /// <inheritdoc />
    public void ExitInitialization()
    {
        Lifecycle.Require(nameof(ExitInitialization), ComponentLifecycleState.Initializing);
        ExitInitializationCore();
        Lifecycle.Transition(nameof(ExitInitialization), ComponentLifecycleState.Stepping, ComponentLifecycleState.Initializing);
    }

    /// <inheritdoc />
    public ValueTask<StepResult> StepAsync(SimulationTime currentTime, SimulationDuration stepSize, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var result = DoStep(currentTime.ToSeconds(Resolution), stepSize.ToSeconds(Resolution));
        return ValueTask.FromResult(result);
    }

    /// <summary>Advances from <paramref name="currentTime"/> by <paramref name="stepSize"/> (FMI seconds).</summary>
    public StepResult DoStep(double currentTime, double stepSize)
    {
        Lifecycle.Require(nameof(DoStep), ComponentLifecycleState.Stepping);
        if (_stepFailed)
        {
            throw new InvalidStateException(Name, nameof(DoStep), "StepFailed (the last step was discarded)", "Stepping, after RestoreState or Reset");
        }

        return DoStepCore(currentTime, stepSize);
    }

    /// <inheritdoc />
    public void Terminate()
    {
        Lifecycle.Require(nameof(Terminate), ComponentLifecycleState.Stepping);
        TerminateCore();
        Lifecycle.Transition(nameof(Terminate), ComponentLifecycleState.Terminated, ComponentLifecycleState.Stepping);
    }

    /// <summary>Switches the FMU's debug logging (fmi2/fmi3SetDebugLogging) for <paramref name="categories"/>, or all when none are given.</summary>
    public void SetDebugLogging(bool loggingOn, params string[] categories)
    {
        RequireNotFatal(nameof(SetDebugLogging));
        Lifecycle.Require(nameof(SetDebugLogging), ComponentLifecycleState.Instantiated, ComponentLifecycleState.SetUp, ComponentLifecycleState.Initializing,
            ComponentLifecycleState.Stepping, ComponentLifecycleState.Terminated, ComponentLifecycleState.Failed);
        SetDebugLoggingCore(loggingOn, categories);
    }

    /// <summary>Returns the FMU to the state right after instantiation (fmi2Reset / fmi3Reset), also after an error.</summary>
    public void Reset()
    {
        RequireNotFatal(nameof(Reset));
        Lifecycle.Require(nameof(Reset), ComponentLifecycleState.Instantiated, ComponentLifecycleState.SetUp, ComponentLifecycleState.Initializing,
            ComponentLifecycleState.Stepping, ComponentLifecycleState.Terminated, ComponentLifecycleState.Failed);
        ResetCore();
        _stepFailed = false;
        Lifecycle.Force(ComponentLifecycleState.Instantiated);
    }

    /// <summary>Frees the instance (fmi2FreeInstance / fmi3FreeInstance) and releases the FMU.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Frees the native instance unless the FMU reported fatal (then no call is allowed any more).</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!Fatal)
        {
            FreeInstanceCore();
        }

        Lifecycle.Force(ComponentLifecycleState.Disposed);
        _self.Free();
        _fmu.ReleaseInstance();
    }

    internal void OnMessage(int status, string category, string message)
    {
        _recent[_recentCount % RecentCapacity] = $"[{category}] {message}";
        _recentCount++;
        var level = status switch
        {
            0 => LogLevel.Debug,
            1 or 2 => LogLevel.Warning,
            _ => LogLevel.Error,
        };
        FmiLog.FmuMessage(_logger, level, Name, category, message);
    }

    /// <summary>Checks a returned status: OK passes, warning is logged, anything else raises a model error.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private protected void Check(int status, string function, VariableType? type = null, ReadOnlySpan<uint> references = default)
    {
        if (status != 0)
        {
            CheckSlow(status, function, type, references);
        }
    }

    /// <summary>Builds the result of a discarded step; further steps need a restored state first.</summary>
    private protected StepResult Discarded(string function, double currentTime, double stepSize, double? lastSuccessfulTime)
    {
        _stepFailed = true;
        if (lastSuccessfulTime is { } t)
        {
            Time = t;
        }

        var reason = $"{function} returned discard" + (_recentCount > 0 ? ": " + _recent[(_recentCount - 1) % RecentCapacity] : string.Empty);
        FmiLog.StepRejected(_logger, Name, currentTime, stepSize, reason);
        return StepResult.Rejected(lastSuccessfulTime is { } last ? ToTime(last) : null, reason);
    }

    /// <summary>A step the FMU ended early at <paramref name="reached"/> (FMI 3); the master continues from there.</summary>
    private protected StepResult EndedEarly(double currentTime, double stepSize, double reached)
    {
        Time = reached;
        var reason = $"returned early at t={reached.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} s";
        FmiLog.StepRejected(_logger, Name, currentTime, stepSize, reason);
        return StepResult.Rejected(ToTime(reached), reason);
    }

    private protected ModelException ModelError(string reason, IReadOnlyList<string>? variables = null) =>
        new(Name, reason, RecentMessages, variables);

    private protected NotFoundException Unknown(VariableType type, uint reference) =>
        new("variable", $"{type} #{reference}", $"FMU {ModelDescription.ModelName} (instance {Name}) declares no {type} variable with this value reference");

    private protected abstract void SetDebugLoggingCore(bool loggingOn, string[] categories);

    private protected abstract void SetupCore(double startTime, double? stopTime, double? tolerance);

    private protected abstract void EnterInitializationCore();

    private protected abstract void ExitInitializationCore();

    private protected abstract StepResult DoStepCore(double currentTime, double stepSize);

    private protected abstract void TerminateCore();

    private protected abstract void ResetCore();

    private protected abstract void FreeInstanceCore();

    private protected abstract void SetRealCore(ReadOnlySpan<uint> references, ReadOnlySpan<double> values);

    private protected abstract void SetIntegerCore(ReadOnlySpan<uint> references, ReadOnlySpan<long> values);

    private protected abstract void SetBooleanCore(ReadOnlySpan<uint> references, ReadOnlySpan<bool> values);

    private protected abstract void SetStringCore(ReadOnlySpan<uint> references, ReadOnlySpan<string> values);

    private protected abstract void GetRealCore(ReadOnlySpan<uint> references, Span<double> values);

    private protected abstract void GetIntegerCore(ReadOnlySpan<uint> references, Span<long> values);

    private protected abstract void GetBooleanCore(ReadOnlySpan<uint> references, Span<bool> values);

    private protected abstract void GetStringCore(ReadOnlySpan<uint> references, Span<string> values);

    private protected abstract void GetDirectionalDerivativeCore(ReadOnlySpan<uint> unknowns, ReadOnlySpan<uint> knowns, ReadOnlySpan<double> seed, Span<double> sensitivity);

    private protected abstract nint GetStateCore();

    private protected abstract void SetStateCore(nint state);

    private protected abstract void FreeStateCore(nint state);

    private protected abstract byte[] SerializeCore(nint state);

    private protected abstract nint DeserializeCore(ReadOnlySpan<byte> data);

    private SimulationTime ToTime(double seconds) => new((long)Math.Round(seconds / Resolution.SecondsPerTick));

    private void CheckSlow(int status, string function, VariableType? type, ReadOnlySpan<uint> references)
    {
        if (status == 1)
        {
            FmiLog.StatusWarning(_logger, Name, function);
            return;
        }

        var variables = new List<string>();
        if (type is { } t)
        {
            foreach (var r in references)
            {
                variables.Add(_names.TryGetValue((t, r), out var n) ? n : $"#{r}");
            }
        }
        else if (function.EndsWith("DoStep", StringComparison.Ordinal))
        {
            variables.AddRange(_inputNames);
        }

        var kind = status switch { 2 => "discard", 3 => "error", 4 => "fatal", _ => $"unknown status {status}" };
        if (status == 4)
        {
            Fatal = true;
        }

        if (status != 2)
        {
            Lifecycle.Force(ComponentLifecycleState.Failed);
        }

        throw ModelError($"{function} returned {kind}", variables);
    }

    private void RequireNotFatal(string operation)
    {
        if (Fatal)
        {
            throw new InvalidStateException(Name, operation, "Fatal (the FMU reported fmiFatal)", "none; dispose the instance");
        }
    }

}
