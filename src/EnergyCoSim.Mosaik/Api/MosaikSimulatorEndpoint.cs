using System.Text.Json;
using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Mosaik.Protocol;
using Microsoft.Extensions.Logging;

namespace EnergyCoSim.Mosaik.Api;

/// <summary>
/// mosaik's high-level simulator API (init, create, setup_done, step, get_data, stop and extra methods) over an
/// <see cref="IMosaikModelProvider"/>. Every error becomes a failure reply; a request is validated completely before
/// it changes anything, so after a failure reply the endpoint is where it was before the request.
/// </summary>
public sealed class MosaikSimulatorEndpoint : IMosaikRequestHandler, IDisposable
{
    private static readonly Dictionary<string, JsonElement> NoKwargs = new(StringComparer.Ordinal);
    private readonly IMosaikModelProvider _provider;
    private readonly MosaikEndpointOptions _options;
    private readonly ILogger _logger;
    private readonly MosaikInputBatch _inputs = new();
    private readonly MosaikDataPayload _data = new();
    private MosaikMeta? _meta;
    private MosaikBinding? _binding;
    private TimeResolution _resolution = TimeResolution.Second;
    private SimulationTime _componentTime;
    private string _sid = "";
    private string? _failure;
    private bool _stopped;

    /// <summary>Creates the endpoint for one session of <paramref name="provider"/>.</summary>
    public MosaikSimulatorEndpoint(IMosaikModelProvider provider, MosaikEndpointOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _provider = provider;
        _options = options;
        _logger = logger;
    }

    /// <summary>Steps completed so far.</summary>
    public long StepsDone { get; private set; }

    /// <summary>The entity graph mosaik returned for <c>get_related_entities</c> during the first step, if asked.</summary>
    public JsonElement? RelatedEntities { get; private set; }

    /// <summary>The last progress percentage mosaik reported, if asked.</summary>
    public double? LastProgress { get; private set; }

    /// <inheritdoc />
    public ValueTask<MosaikReply> HandleAsync(MosaikRequest request, IMosaikPeer peer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Method switch
        {
            "init" => ValueTask.FromResult(Init(request)),
            "create" => ValueTask.FromResult(Create(request)),
            "setup_done" => ValueTask.FromResult(SetupDone()),
            "step" => StepAsync(request, peer, cancellationToken),
            "get_data" => ValueTask.FromResult(GetData(request)),
            "stop" => ValueTask.FromResult(Stop()),
            _ => ValueTask.FromResult(ExtraMethod(request)),
        };
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _binding?.Component.Dispose();
        _binding = null;
    }

    private MosaikReply Init(MosaikRequest request)
    {
        if (_meta is not null)
        {
            throw new InvalidStateException("mosaik endpoint", "init", "Initialized", "before init");
        }

        var sid = request.Arg(0);
        if (sid.ValueKind != JsonValueKind.String)
        {
            throw new ValidationException("init.sid", MosaikJson.Describe(sid), "must be a string");
        }

        var resolution = TimeResolution.Second;
        var simParams = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (request.Kwargs.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in request.Kwargs.EnumerateObject())
            {
                if (p.NameEquals("time_resolution"))
                {
                    resolution = ReadResolution(p.Value);
                }
                else
                {
                    simParams[p.Name] = p.Value.Clone();
                }
            }
        }

        var meta = _provider.Initialize(new MosaikInitContext(sid.GetString()!, resolution, simParams));
        foreach (var reserved in new[] { "init", "create", "setup_done", "step", "get_data", "stop" })
        {
            if (meta.ExtraMethods.Contains(reserved))
            {
                throw new ValidationException("meta.extra_methods", reserved, "is a mosaik API method name");
            }
        }

        _meta = meta;
        _sid = sid.GetString()!;
        _resolution = resolution;
        return new MosaikReply(new MosaikMetaPayload(meta));
    }

    private MosaikReply Create(MosaikRequest request)
    {
        var meta = RequireMeta("create");
        if (_binding is not null)
        {
            throw new InvalidStateException("mosaik endpoint", "create", "Running", "before setup_done");
        }

        var num = request.Arg(0);
        if (!num.TryGetInt64Safe(out var count) || count is < 0 or > int.MaxValue)
        {
            throw new ValidationException("create.num", MosaikJson.Describe(num), "must be a non-negative integer");
        }

        var modelArg = request.Arg(1);
        var model = modelArg.ValueKind == JsonValueKind.String ? modelArg.GetString()! : throw new ValidationException("create.model", MosaikJson.Describe(modelArg), "must be a model name");
        if (!meta.Models.TryGetValue(model, out var modelMeta) || !modelMeta.Public)
        {
            throw new NotFoundException("model", model, $"public models: {string.Join(", ", meta.Models.Where(m => m.Value.Public).Select(m => m.Key))}");
        }

        var entities = _provider.Create((int)count, model, CloneObject(request.Kwargs));
        if (entities.Count != count)
        {
            throw new ModelException(model, $"the provider created {entities.Count} entities, mosaik asked for {count}");
        }

        return new MosaikReply(new MosaikEntitiesPayload(entities));
    }

    private MosaikReply SetupDone()
    {
        EnsureBuilt("setup_done");
        return MosaikReply.Null;
    }

    private async ValueTask<MosaikReply> StepAsync(MosaikRequest request, IMosaikPeer peer, CancellationToken cancellationToken)
    {
        var binding = EnsureBuilt("step");
        if (_failure is not null)
        {
            throw new InvalidStateException("mosaik endpoint", "step", $"Failed ({_failure})", "before a failed step");
        }

        var timeArg = request.Arg(0);
        if (!timeArg.TryGetInt64Safe(out var time) || time < 0)
        {
            throw new ValidationException("step.time", MosaikJson.Describe(timeArg), "must be a non-negative integer tick");
        }

        if (time < _componentTime.Ticks)
        {
            throw new ValidationException("step.time", time, $"is before the component time {_componentTime.Ticks} (the previous step ran until then)");
        }

        // Validate and aggregate every input before the component sees any of them.
        _inputs.Collect(request.Arg(1), binding);

        if (StepsDone == 0 && _options.QueryRelatedEntities)
        {
            await QueryRelatedEntitiesAsync(peer, cancellationToken).ConfigureAwait(false);
        }

        var component = binding.Component;
        var now = new SimulationTime(time);
        if (now > _componentTime)
        {
            // mosaik skipped ticks (a slower consumer, or a later first step): the gap runs on the inputs the component
            // holds from before, since this step's inputs are values at `now`.
            await RunStepAsync(component, _componentTime, now - _componentTime, cancellationToken).ConfigureAwait(false);
            _componentTime = now;
        }

        _inputs.ApplyTo(component);

        await RunStepAsync(component, now, binding.StepSize, cancellationToken).ConfigureAwait(false);
        _componentTime = now + binding.StepSize;
        StepsDone++;
        if (_options.ProgressEverySteps > 0 && StepsDone % _options.ProgressEverySteps == 0)
        {
            await QueryProgressAsync(peer, time, cancellationToken).ConfigureAwait(false);
        }

        return MosaikReply.FromInt64(_componentTime.Ticks);
    }

    private async ValueTask RunStepAsync(ICoSimComponent component, SimulationTime from, SimulationDuration size, CancellationToken cancellationToken)
    {
        StepResult result;
        try
        {
            result = await component.StepAsync(from, size, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not ValidationException)
        {
            _failure = $"t={from.Ticks}: {ex.Message}";
            throw;
        }

        if (result.Outcome != StepOutcome.Accepted)
        {
            _failure = $"t={from.Ticks}: step {result.Outcome}: {result.Message}";
            throw new ModelException(component.Name, $"step from t={from.Ticks} by {size.Ticks} ticks was {result.Outcome.ToString().ToLowerInvariant()}: {result.Message}");
        }
    }

    private MosaikReply GetData(MosaikRequest request)
    {
        var binding = EnsureBuilt("get_data");
        _data.Load(request.Arg(0), binding);
        return new MosaikReply(_data);
    }

    private MosaikReply Stop()
    {
        if (!_stopped && _binding is { } binding && _failure is null)
        {
            binding.Component.Terminate();
        }

        _stopped = true;
        Dispose();
        return MosaikReply.NullAndEnd;
    }

    private MosaikReply ExtraMethod(MosaikRequest request)
    {
        var meta = RequireMeta(request.Method);
        if (!meta.ExtraMethods.Contains(request.Method))
        {
            throw new NotFoundException("method", request.Method, $"extra methods: {string.Join(", ", meta.ExtraMethods)}");
        }

        var args = request.Args.EnumerateArray().Select(a => a.Clone()).ToArray();
        return MosaikReply.FromNode(_provider.InvokeExtraMethod(request.Method, args, CloneObject(request.Kwargs)));
    }

    private async ValueTask QueryRelatedEntitiesAsync(IMosaikPeer peer, CancellationToken cancellationToken)
    {
        try
        {
            var graph = await peer.RequestAsync("get_related_entities", null, cancellationToken).ConfigureAwait(false);
            RelatedEntities = graph;
            var count = graph.ValueKind == JsonValueKind.Object && graph.TryGetProperty("edges", out var edges) && edges.ValueKind == JsonValueKind.Array
                ? edges.GetArrayLength()
                : 0;
            MosaikLog.RelatedEntities(_logger, _sid, count);
        }
        catch (MosaikRemoteException ex)
        {
            MosaikLog.MasterRequestFailed(_logger, ex.Method, ex.Message);
        }
    }

    private async ValueTask QueryProgressAsync(IMosaikPeer peer, long time, CancellationToken cancellationToken)
    {
        try
        {
            var progress = await peer.RequestAsync("get_progress", null, cancellationToken).ConfigureAwait(false);
            if (MosaikJson.TryGetDouble(progress, out var percent))
            {
                LastProgress = percent;
                MosaikLog.Progress(_logger, time, percent);
            }
        }
        catch (MosaikRemoteException ex)
        {
            MosaikLog.MasterRequestFailed(_logger, ex.Method, ex.Message);
        }
    }

    private MosaikMeta RequireMeta(string operation)
    {
        if (_stopped)
        {
            throw new InvalidStateException("mosaik endpoint", operation, "Stopped", "before stop");
        }

        return _meta ?? throw new InvalidStateException("mosaik endpoint", operation, "Created", "after init");
    }

    private MosaikBinding EnsureBuilt(string operation)
    {
        RequireMeta(operation);
        if (_binding is not null)
        {
            return _binding;
        }

        // Built at setup_done, or at the first step or get_data if a master skipped setup_done.
        var binding = _provider.Build();
        var component = binding.Component;
        try
        {
            component.Setup(SimulationTime.Zero, null, _resolution);
            component.EnterInitialization();
            component.ExitInitialization();
        }
        catch
        {
            component.Dispose();
            throw;
        }

        _binding = binding;
        _componentTime = SimulationTime.Zero;
        return binding;
    }

    private static TimeResolution ReadResolution(JsonElement value)
    {
        if (!MosaikJson.TryGetDouble(value, out var seconds) || !double.IsFinite(seconds) || seconds < 1e-9)
        {
            throw new ValidationException("init.time_resolution", MosaikJson.Describe(value), "must be a finite number of seconds per tick ≥ 1e-9");
        }

        return TimeResolution.FromSeconds(seconds);
    }

    private static Dictionary<string, JsonElement> CloneObject(JsonElement kwargs)
    {
        if (kwargs.ValueKind != JsonValueKind.Object)
        {
            return NoKwargs;
        }

        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var p in kwargs.EnumerateObject())
        {
            result[p.Name] = p.Value.Clone();
        }

        return result;
    }
}
