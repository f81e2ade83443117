using EnergyCoSim.Cli.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console;

namespace EnergyCoSim.Cli.Tests.Commands;

public sealed class LearningCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "energycosim-cli-learn-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose()
    {
        _output.Dispose();
        _error.Dispose();
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public async Task TrainEvaluateRun_Case5ScenarioShortPpoCtde_WritesCheckpointCurveAndUsesThePolicy()
    {
        var scenario = Case5("uniform_large_battery.yaml");
        var train = await CliApplication.RunAsync(
            ["train", scenario, "--algorithm", "ppo", "--mode", "ctde", "--iterations", "3", "--episodes-per-iteration", "2", "--learning-rate", "3e-4", "--out", _dir],
            Context());

        Assert.Equal(ExitCodes.Success, train);
        Assert.True(File.Exists(Path.Combine(_dir, "checkpoint", "checkpoint.json")));
        var curve = await File.ReadAllLinesAsync(Path.Combine(_dir, "learning_curves.csv"));
        Assert.Equal(4, curve.Length); // header + 3 iterations

        var evaluate = await CliApplication.RunAsync(["evaluate", Path.Combine(_dir, "checkpoint"), scenario, "--episodes", "1"], Context());
        Assert.Equal(ExitCodes.Success, evaluate);
        var text = _output.ToString();
        Assert.Contains("policy", text, StringComparison.Ordinal);
        Assert.Contains("zero-intelligence", text, StringComparison.Ordinal);
        Assert.Contains("rule-based", text, StringComparison.Ordinal);

        var run = await CliApplication.RunAsync(
            ["run", scenario, "--strategy", "policy", "--checkpoint", Path.Combine(_dir, "checkpoint"), "--out", Path.Combine(_dir, "run")], Context());
        Assert.Equal(ExitCodes.Success, run);
        Assert.True(File.Exists(Path.Combine(_dir, "run", "uniform_large_battery", "trades.csv")));
    }

    [Fact]
    public async Task Train_UnknownParadigm_ExitsValidation()
    {
        var code = await CliApplication.RunAsync(["train", Case5("no_battery.yaml"), "--mode", "ccde", "--out", _dir], Context());
        Assert.Equal(ExitCodes.Validation, code);
        Assert.Contains("--mode: ccde is not one of ctce, ctde, dtde", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_PolicyWithoutCheckpoint_ExitsValidation()
    {
        var code = await CliApplication.RunAsync(["run", Case5("no_battery.yaml"), "--strategy", "policy", "--out", _dir], Context());
        Assert.Equal(ExitCodes.Validation, code);
        Assert.Contains("needs a trained policy", _error.ToString(), StringComparison.Ordinal);
    }

    private static string Case5(string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "EnergyCoSim.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir.FullName, "examples", "case5-battery-coordination", file);
    }

    private CliContext Context() => new()
    {
        Console = WideConsole(),
        Out = _output,
        Error = _error,
        LoggerFactory = NullLoggerFactory.Instance,
    };

    private IAnsiConsole WideConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_output), Ansi = AnsiSupport.No });
        console.Profile.Width = 200;
        return console;
    }
}
