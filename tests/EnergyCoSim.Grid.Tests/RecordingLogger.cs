using Microsoft.Extensions.Logging;

namespace EnergyCoSim.Grid.Tests;

internal sealed class RecordingLogger : ILogger
{
    public List<(LogLevel Level, EventId Id, string Message)> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Add((logLevel, eventId, formatter(state, exception)));
}
