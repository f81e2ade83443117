using Microsoft.Extensions.Logging;

namespace EnergyCoSim.Fmi.Internal;

/// <summary>Source-generated log messages of the importer.</summary>
internal static partial class FmiLog
{
    [LoggerMessage(Message = "FMU {Instance} [{Category}] {Text}")]
    public static partial void FmuMessage(ILogger logger, LogLevel level, string instance, string category, string text);

    [LoggerMessage(Level = LogLevel.Warning, Message = "FMU {Instance}: {Function} returned fmiWarning")]
    public static partial void StatusWarning(ILogger logger, string instance, string function);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Loaded FMU {Path} (FMI {Version}, model {Model}) from {Directory}")]
    public static partial void Loaded(ILogger logger, string path, string version, string model, string directory);

    [LoggerMessage(Level = LogLevel.Information, Message = "FMU {Instance}: step {Time}+{Step} rejected: {Reason}")]
    public static partial void StepRejected(ILogger logger, string instance, double time, double step, string reason);
}
