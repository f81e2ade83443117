using Microsoft.Extensions.Logging;

namespace EnergyCoSim.Grid.PowerFlow;

/// <summary>Source-generated log messages of the power-flow engine.</summary>
internal static partial class PowerFlowLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Power flow '{CaseName}': flat start failed ({Status}); retrying from the no-load start")]
    public static partial void FlatStartFailed(ILogger logger, string caseName, PowerFlowStatus status);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Power flow '{CaseName}' did not converge: {Status} after {Iterations} iterations, mismatch {Mismatch} p.u.")]
    public static partial void NotConverged(ILogger logger, string caseName, PowerFlowStatus status, int iterations, double mismatch);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Debug, Message = "Power flow '{CaseName}': bus {BusId} switched from PV to PQ at its reactive limit")]
    public static partial void PvToPq(ILogger logger, string caseName, int busId);
}
