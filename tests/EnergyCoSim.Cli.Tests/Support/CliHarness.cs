using EnergyCoSim.Cli.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console;

namespace EnergyCoSim.Cli.Tests.Support;

/// <summary>Runs CLI commands in-process with recorded output, a wide plain console and a temporary folder.</summary>
public sealed class CliHarness : IDisposable
{
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    /// <summary>A fresh temporary folder, deleted on dispose.</summary>
    public string Dir { get; } = Path.Combine(Path.GetTempPath(), "energycosim-cli-" + Guid.NewGuid().ToString("N"));

    /// <summary>Everything written to standard output so far.</summary>
    public string Output => _output.ToString();

    /// <summary>Everything written to standard error so far.</summary>
    public string Error => _error.ToString();

    /// <summary>The repository root (holds EnergyCoSim.sln).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>A path below examples/.</summary>
    public static string Example(params string[] parts) => Path.Combine([RepositoryRoot, "examples", .. parts]);

    /// <summary>Runs the CLI with <paramref name="args"/> and returns its exit code.</summary>
    public Task<int> RunAsync(params string[] args)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_output), Ansi = AnsiSupport.No });
        console.Profile.Width = 200;
        return CliApplication.RunAsync(args, new CliContext { Console = console, Out = _output, Error = _error, LoggerFactory = NullLoggerFactory.Instance });
    }

    /// <summary>A path inside <see cref="Dir"/> (the folder is created).</summary>
    public string Temp(string name)
    {
        Directory.CreateDirectory(Dir);
        return Path.Combine(Dir, name);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _output.Dispose();
        _error.Dispose();
        if (Directory.Exists(Dir))
        {
            Directory.Delete(Dir, recursive: true);
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EnergyCoSim.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("EnergyCoSim.sln not found above " + AppContext.BaseDirectory);
    }
}
