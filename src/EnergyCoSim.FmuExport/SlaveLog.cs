using Microsoft.Extensions.Logging;

namespace EnergyCoSim.FmuExport;

/// <summary>Log messages of the exported FMU; they reach the master through its FMI logger callback.</summary>
internal static partial class SlaveLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "{Instance}: initialised, {Agents} agents, {Steps} market intervals of {IntervalSeconds} s")]
    public static partial void Initialized(ILogger logger, string instance, int agents, int steps, double intervalSeconds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "{Function} failed: {Reason}")]
    public static partial void CallFailed(ILogger logger, string function, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "{Function}: {Reason}")]
    public static partial void CallWarning(ILogger logger, string function, string reason);
}
