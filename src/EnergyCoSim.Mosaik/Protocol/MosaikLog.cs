using Microsoft.Extensions.Logging;

namespace EnergyCoSim.Mosaik.Protocol;

/// <summary>Log messages of the mosaik endpoint (source-generated, no allocation when disabled).</summary>
internal static partial class MosaikLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "mosaik connection closed: protocol violation: {Reason}")]
    public static partial void ProtocolViolation(ILogger logger, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "mosaik session ended ({Reason}): {Detail}; {Requests} requests served")]
    public static partial void SessionEnded(ILogger logger, MosaikCloseReason reason, string detail, long requests);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "mosaik request '{Method}' (id {Id}) failed: {Error}")]
    public static partial void RequestFailed(ILogger logger, string method, long id, string error);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "mosaik request '{Method}' (id {Id})")]
    public static partial void RequestReceived(ILogger logger, string method, long id);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "mosaik connection lost: {Reason}")]
    public static partial void ConnectionLost(ILogger logger, string reason);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "mosaik progress at t={Time}: {Percent:F1} %")]
    public static partial void Progress(ILogger logger, long time, double percent);

    [LoggerMessage(EventId = 7, Level = LogLevel.Debug, Message = "mosaik related entities of {Sid}: {Count} relations")]
    public static partial void RelatedEntities(ILogger logger, string sid, int count);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "mosaik request to the master '{Method}' failed, continuing without it: {Error}")]
    public static partial void MasterRequestFailed(ILogger logger, string method, string error);

    [LoggerMessage(EventId = 9, Level = LogLevel.Information, Message = "mosaik endpoint {Mode} {Address}")]
    public static partial void Endpoint(ILogger logger, string mode, object address);
}
