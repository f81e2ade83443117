using Microsoft.Extensions.Logging;

namespace EnergyCoSim.FmuExport;

/// <summary>An ILogger writing to the master's FMI logger callback; warnings and errors always, the rest only with logging on.</summary>
internal abstract class FmiCallbackLogger : ILogger
{
    /// <summary>Debug logging switched on by the master (loggingOn / SetDebugLogging).</summary>
    public bool DebugEnabled { get; set; }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning || (DebugEnabled && logLevel != LogLevel.None);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (!IsEnabled(logLevel))
        {
            return;
        }

        // FMI status codes are equal in both versions for OK (0), Warning (1) and Error (3).
        var (status, category) = logLevel switch
        {
            >= LogLevel.Error => (3, "logStatusError"),
            LogLevel.Warning => (1, "logStatusWarning"),
            _ => (0, "logAll"),
        };
        Send(status, category, formatter(state, exception));
    }

    /// <summary>Hands one message to the callback (never throws into the caller).</summary>
    protected abstract void Send(int status, string category, string message);
}
