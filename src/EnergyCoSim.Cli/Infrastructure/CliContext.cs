using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace EnergyCoSim.Cli.Infrastructure;

/// <summary>What every command writes to and logs with; tests pass recording writers.</summary>
public sealed class CliContext
{
    /// <summary>Rich console for tables and progress bars.</summary>
    public required IAnsiConsole Console { get; init; }

    /// <summary>Plain output (JSON, CSV) that must not carry markup.</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Error output.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Logging for the libraries the commands call.</summary>
    public required ILoggerFactory LoggerFactory { get; init; }

    /// <summary>True when progress bars and colours may be drawn (an interactive terminal, not CI or a test).</summary>
    public bool Interactive { get; init; }
}
