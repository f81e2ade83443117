using Microsoft.Extensions.Logging;

namespace EnergyCoSim.Master.Internal;

/// <summary>Source-generated log messages of the master (event ids 8000–8099).</summary>
internal static partial class MasterLog
{
    [LoggerMessage(EventId = 8000, Level = LogLevel.Information, Message = "Execution initialised: {ComponentCount} components, {ConnectionCount} connections, {Algorithm}, order {Order}")]
    public static partial void Initialized(ILogger logger, int componentCount, int connectionCount, MasterAlgorithm algorithm, string order);

    [LoggerMessage(EventId = 8001, Level = LogLevel.Debug, Message = "Step rejected at t={Time} with h={StepSize} (error {Error}); retrying with h={NextStepSize}")]
    public static partial void StepRejected(ILogger logger, long time, long stepSize, double error, long nextStepSize);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Warning, Message = "Iterative coupling did not converge at t={Time}: {Connections}")]
    public static partial void NotConverged(ILogger logger, long time, string connections);

    [LoggerMessage(EventId = 8003, Level = LogLevel.Warning, Message = "Real-time deadline missed at t={Time} by {Lateness}")]
    public static partial void DeadlineMissed(ILogger logger, long time, TimeSpan lateness);

    [LoggerMessage(EventId = 8004, Level = LogLevel.Error, Message = "Execution failed: {Failure}")]
    public static partial void Failed(ILogger logger, string failure);

    [LoggerMessage(EventId = 8005, Level = LogLevel.Information, Message = "Checkpoint saved at t={Time}")]
    public static partial void CheckpointSaved(ILogger logger, long time);

    [LoggerMessage(EventId = 8006, Level = LogLevel.Information, Message = "Checkpoint restored at t={Time}")]
    public static partial void CheckpointRestored(ILogger logger, long time);

    [LoggerMessage(EventId = 8007, Level = LogLevel.Information, Message = "Execution finished at t={Time} after {Steps} steps")]
    public static partial void Finished(ILogger logger, long time, long steps);
}
