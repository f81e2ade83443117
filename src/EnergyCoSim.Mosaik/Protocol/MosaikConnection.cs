using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace EnergyCoSim.Mosaik.Protocol;

/// <summary>
/// One mosaik channel over a byte stream: routes incoming frames by type (requests to the handler, replies to our own
/// pending request) and then by id; each side numbers its own requests. Requests are served inline, one at a time, as
/// mosaik sends them; a request we send is answered while its reply is awaited. A protocol violation closes the stream
/// with a logged reason.
/// </summary>
public sealed class MosaikConnection : IMosaikPeer, IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly MosaikFrameCodec _codec;
    private readonly ILogger _logger;
    private readonly ArrayBufferWriter<byte> _out = new(4096);
    private readonly Utf8JsonWriter _writer;
    private IMosaikRequestHandler? _handler;
    private long _nextOwnId;
    private long? _awaitedId;
    private JsonElement _awaitedResult;
    private List<string>? _awaitedFailure;
    private Exception? _fatal;
    private int _reading;
    private bool _endRequested;
    private long _served;

    /// <summary>Creates a connection over <paramref name="stream"/>, which it owns and closes.</summary>
    public MosaikConnection(Stream stream, MosaikConnectionOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _stream = stream;
        _codec = new MosaikFrameCodec(options.MaxFrameBytes);
        _logger = logger;
        _writer = new Utf8JsonWriter(_out, new JsonWriterOptions { SkipValidation = true });
    }

    private enum PumpOutcome
    {
        EndOfStream,
        ServedRequest,
        GotReply,
    }

    /// <summary>Serves requests until a handler ends the session, the peer closes, the protocol breaks or cancellation; then closes the stream.</summary>
    public async Task<MosaikSessionResult> RunAsync(IMosaikRequestHandler handler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _handler = handler;
        MosaikSessionResult result;
        try
        {
            while (true)
            {
                var outcome = await PumpAsync(cancellationToken).ConfigureAwait(false);
                if (outcome == PumpOutcome.EndOfStream)
                {
                    result = new(MosaikCloseReason.PeerClosed, "the peer closed the connection", _served);
                    break;
                }

                if (_endRequested)
                {
                    result = new(MosaikCloseReason.Stopped, "stop received", _served);
                    break;
                }
            }
        }
        catch (MosaikProtocolException ex)
        {
            MosaikLog.ProtocolViolation(_logger, ex.Message);
            result = new(MosaikCloseReason.ProtocolViolation, ex.Message, _served);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            result = new(MosaikCloseReason.Cancelled, "cancelled", _served);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            MosaikLog.ConnectionLost(_logger, ex.Message);
            result = new(MosaikCloseReason.ConnectionLost, ex.Message, _served);
        }
        finally
        {
            _handler = null;
            await _stream.DisposeAsync().ConfigureAwait(false);
        }

        MosaikLog.SessionEnded(_logger, result.Reason, result.Detail, result.RequestsServed);
        return result;
    }

    /// <inheritdoc />
    public async ValueTask<JsonElement> RequestAsync(string method, Action<Utf8JsonWriter>? writeArgs, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        if (_awaitedId is not null)
        {
            throw new InvalidOperationException($"a request to the peer is already outstanding (id {_awaitedId}); send one at a time");
        }

        var id = _nextOwnId++;
        var w = BeginFrame(MosaikMessageType.Request, id);
        w.WriteStartArray();
        w.WriteStringValue(method);
        w.WriteStartArray();
        writeArgs?.Invoke(w);
        w.WriteEndArray();
        w.WriteStartObject();
        w.WriteEndObject();
        w.WriteEndArray();
        await EndFrameAsync(cancellationToken).ConfigureAwait(false);

        _awaitedId = id;
        _awaitedFailure = null;
        try
        {
            while (true)
            {
                var outcome = await PumpAsync(cancellationToken).ConfigureAwait(false);
                if (outcome == PumpOutcome.GotReply)
                {
                    break;
                }

                if (outcome == PumpOutcome.EndOfStream)
                {
                    throw Fatal(new IOException($"the peer closed the connection while '{method}' (id {id}) was outstanding"));
                }
            }
        }
        finally
        {
            _awaitedId = null;
        }

        return _awaitedFailure is { } failure ? throw new MosaikRemoteException(method, failure) : _awaitedResult;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _stream.DisposeAsync();

    private async ValueTask<PumpOutcome> PumpAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _reading, 1) != 0)
        {
            throw new InvalidOperationException("the connection is already being read; request the peer only from inside a handler");
        }

        MosaikFrame? frame;
        try
        {
            frame = await _codec.ReadAsync(_stream, cancellationToken).ConfigureAwait(false);
        }
        catch (MosaikProtocolException ex)
        {
            throw Fatal(ex);
        }
        finally
        {
            Volatile.Write(ref _reading, 0);
        }

        if (frame is null)
        {
            return PumpOutcome.EndOfStream;
        }

        using (frame)
        {
            JsonDocument document;
            try
            {
                document = MosaikJson.Parse(frame.Payload);
            }
            catch (JsonException ex)
            {
                throw Fatal(new MosaikProtocolException($"frame is not valid JSON: {ex.Message}", ex));
            }

            using (document)
            {
                var (type, id, content) = ReadEnvelope(document.RootElement);
                if (type == MosaikMessageType.Request)
                {
                    await ServeAsync(id, content, cancellationToken).ConfigureAwait(false);
                    return PumpOutcome.ServedRequest;
                }

                if (_awaitedId != id)
                {
                    throw Fatal(new MosaikProtocolException($"{type} reply with id {id} answers no outstanding request of ours"));
                }

                if (type == MosaikMessageType.Success)
                {
                    _awaitedResult = content.Clone();
                }
                else
                {
                    _awaitedFailure = ReadFailure(content);
                }

                return PumpOutcome.GotReply;
            }
        }
    }

    private (MosaikMessageType Type, long Id, JsonElement Content) ReadEnvelope(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() != 3)
        {
            throw Fatal(new MosaikProtocolException($"message must be a [type, id, content] array, got {MosaikJson.Describe(root)}"));
        }

        if (!root[0].TryGetInt32(out var type) || type is < 0 or > 2)
        {
            throw Fatal(new MosaikProtocolException($"message type must be 0, 1 or 2, got {MosaikJson.Describe(root[0])}"));
        }

        if (root[1].ValueKind != JsonValueKind.Number || !root[1].TryGetInt64(out var id))
        {
            throw Fatal(new MosaikProtocolException($"message id must be an integer, got {MosaikJson.Describe(root[1])}"));
        }

        return ((MosaikMessageType)type, id, root[2]);
    }

    private async ValueTask ServeAsync(long id, JsonElement content, CancellationToken cancellationToken)
    {
        if (_handler is null)
        {
            throw Fatal(new MosaikProtocolException($"request id {id} arrived but this side serves no requests"));
        }

        _served++;
        string method = "?";
        MosaikReply reply;
        try
        {
            var request = ReadRequest(id, content);
            method = request.Method;
            MosaikLog.RequestReceived(_logger, method, id);
            reply = await _handler.HandleAsync(request, this, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (_fatal is null && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            await SendFailureAsync(id, method, ex, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (_fatal is not null)
        {
            throw _fatal;
        }

        var w = BeginFrame(MosaikMessageType.Success, id);
        try
        {
            if (reply.Payload is null)
            {
                w.WriteNullValue();
            }
            else
            {
                reply.Payload.WriteTo(w);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await SendFailureAsync(id, method, ex, cancellationToken).ConfigureAwait(false);
            return;
        }

        await EndFrameAsync(cancellationToken).ConfigureAwait(false);
        _endRequested |= reply.EndSession;
    }

    private async ValueTask SendFailureAsync(long id, string method, Exception ex, CancellationToken cancellationToken)
    {
        if (ex is MosaikProtocolException or IOException)
        {
            throw ex;
        }

        MosaikLog.RequestFailed(_logger, method, id, ex.Message);
        var w = BeginFrame(MosaikMessageType.Failure, id);
        w.WriteStartArray();
        w.WriteStringValue(ex.GetType().Name);
        w.WriteStringValue(ex.Message);
        w.WriteEndArray();
        await EndFrameAsync(cancellationToken).ConfigureAwait(false);
    }

    private static MosaikRequest ReadRequest(long id, JsonElement content)
    {
        if (content.ValueKind != JsonValueKind.Array || content.GetArrayLength() is < 1 or > 3 || content[0].ValueKind != JsonValueKind.String)
        {
            throw new FormatException($"request content must be [method, [args], {{kwargs}}], got {MosaikJson.Describe(content)}");
        }

        var length = content.GetArrayLength();
        var args = length > 1 ? content[1] : default;
        var kwargs = length > 2 ? content[2] : default;
        if (args.ValueKind is not (JsonValueKind.Array or JsonValueKind.Undefined) || kwargs.ValueKind is not (JsonValueKind.Object or JsonValueKind.Undefined or JsonValueKind.Null))
        {
            throw new FormatException($"request args must be a list and kwargs a dict, got {MosaikJson.Describe(args)} and {MosaikJson.Describe(kwargs)}");
        }

        if (args.ValueKind == JsonValueKind.Undefined)
        {
            args = EmptyArray;
        }

        return new MosaikRequest(id, content[0].GetString()!, args, kwargs);
    }

    private static readonly JsonElement EmptyArray = JsonDocument.Parse("[]").RootElement;

    private static List<string> ReadFailure(JsonElement content) => content.ValueKind switch
    {
        JsonValueKind.Array => content.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText()).ToList(),
        JsonValueKind.String => [content.GetString()!],
        _ => [content.GetRawText()],
    };

    private Utf8JsonWriter BeginFrame(MosaikMessageType type, long id)
    {
        _out.ResetWrittenCount();
        _out.GetSpan(MosaikFrameCodec.HeaderBytes);
        _out.Advance(MosaikFrameCodec.HeaderBytes);
        _writer.Reset(_out);
        _writer.WriteStartArray();
        _writer.WriteNumberValue((int)type);
        _writer.WriteNumberValue(id);
        return _writer;
    }

    private ValueTask EndFrameAsync(CancellationToken cancellationToken)
    {
        _writer.WriteEndArray();
        _writer.Flush();
        return _codec.WriteAsync(_stream, MemoryMarshal.AsMemory(_out.WrittenMemory), cancellationToken);
    }

    private Exception Fatal(Exception ex)
    {
        _fatal ??= ex;
        return ex;
    }
}
