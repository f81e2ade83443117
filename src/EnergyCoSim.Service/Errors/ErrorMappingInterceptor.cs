using EnergyCoSim.Core.Errors;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;

namespace EnergyCoSim.Service.Errors;

/// <summary>
/// The one place where domain errors become gRPC statuses: validation → INVALID_ARGUMENT with
/// google.rpc.BadRequest field violations, wrong state → FAILED_PRECONDITION, unknown → NOT_FOUND, conflict →
/// ABORTED, model failure → UNAVAILABLE, deadline/cancel honoured, anything else INTERNAL with a generic message.
/// </summary>
public sealed partial class ErrorMappingInterceptor(ILogger<ErrorMappingInterceptor> logger) : Interceptor
{
    /// <inheritdoc />
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        try
        {
            return await continuation(request, context).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Map(ex, context);
        }
    }

    /// <inheritdoc />
    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        try
        {
            await continuation(request, responseStream, context).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Map(ex, context);
        }
    }

    /// <inheritdoc />
    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        try
        {
            await continuation(requestStream, responseStream, context).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Map(ex, context);
        }
    }

    /// <summary>The status for <paramref name="ex"/> raised while serving <paramref name="context"/>.</summary>
    internal RpcException Map(Exception ex, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        switch (ex)
        {
            case ValidationException v:
                var bad = new BadRequest();
                bad.FieldViolations.AddRange(v.Violations.Select(f => new BadRequest.Types.FieldViolation
                {
                    Field = f.Field,
                    Description = f.Value is null ? f.Description : $"{f.Value} {f.Description}",
                }));
                return Status(Code.InvalidArgument, v.Message, Any.Pack(bad));
            case InvalidStateException s:
                return Status(Code.FailedPrecondition, s.Message);
            case NotFoundException n:
                return Status(Code.NotFound, n.Message);
            case ConflictException c:
                return Status(Code.Aborted, c.Message);
            case ModelException m:
                return Status(Code.Unavailable, m.Message);
            case EnergyCoSimException { Code: ErrorCode.DeadlineExceeded } d:
                return Status(Code.DeadlineExceeded, d.Message);
            case OperationCanceledException when context.Deadline <= DateTime.UtcNow:
                return Status(Code.DeadlineExceeded, "the call's deadline passed; the session is left before or after a whole step");
            case OperationCanceledException:
                return Status(Code.Cancelled, "the call was cancelled; the session is left before or after a whole step");
            default:
                LogUnexpected(ex, context.Method);
                return Status(Code.Internal, "internal error; see the server log");
        }
    }

    private static RpcException Status(Code code, string message, Any? detail = null)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        if (detail is not null)
        {
            status.Details.Add(detail);
        }

        return status.ToRpcException();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error in {Method}")]
    private partial void LogUnexpected(Exception exception, string method);
}
