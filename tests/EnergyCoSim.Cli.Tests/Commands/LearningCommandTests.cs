using EnergyCoSim.Cli.Infrastructure;
using EnergyCoSim.Cli.Tests.Support;

namespace EnergyCoSim.Cli.Tests.Commands;

public sealed class LearningCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task TrainEvaluateRun_Case5ScenarioShortPpoCtde_WritesCheckpointCurveAndUsesThePolicy()
    {
        var scenario = Case5("uniform_large_battery.yaml");
        var train = await _cli.RunAsync("train", scenario, "--algorithm", "ppo", "--mode", "ctde", "--iterations", "3", "--episodes-per-iteration", "2", "--learning-rate", "3e-4", "--out", _cli.Dir);

        Assert.Equal(ExitCodes.Success, train);
        Assert.True(File.Exists(Path.Combine(_cli.Dir, "checkpoint", "checkpoint.json")));
        var curve = await File.ReadAllLinesAsync(Path.Combine(_cli.Dir, "learning_curves.csv"));
        Assert.Equal(4, curve.Length); // header + 3 iterations

        var evaluate = await _cli.RunAsync("evaluate", Path.Combine(_cli.Dir, "checkpoint"), scenario, "--episodes", "1");
        Assert.Equal(ExitCodes.Success, evaluate);
        var text = _cli.Output;
        Assert.Contains("policy", text, StringComparison.Ordinal);
        Assert.Contains("zero-intelligence", text, StringComparison.Ordinal);
        Assert.Contains("rule-based", text, StringComparison.Ordinal);

        var run = await _cli.RunAsync("run", scenario, "--strategy", "policy", "--checkpoint", Path.Combine(_cli.Dir, "checkpoint"), "--out", Path.Combine(_cli.Dir, "run"));
        Assert.Equal(ExitCodes.Success, run);
        Assert.True(File.Exists(Path.Combine(_cli.Dir, "run", "uniform_large_battery", "trades.csv")));
    }

    [Fact]
    public async Task TrainEvaluateRun_Case5ScenarioShortSacDtde_WritesSacCheckpointAndUsesThePolicy()
    {
        var scenario = Case5("mixed_battery.yaml");
        var train = await _cli.RunAsync("train", scenario, "--algorithm", "sac", "--mode", "dtde", "--iterations", "2", "--episodes-per-iteration", "2", "--learning-rate", "3e-4", "--out", _cli.Dir);

        Assert.Equal(ExitCodes.Success, train);
        var checkpoint = Path.Combine(_cli.Dir, "checkpoint");
        Assert.Contains("\"algorithm\": \"sac\"", await File.ReadAllTextAsync(Path.Combine(checkpoint, "checkpoint.json")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(checkpoint, "extra.bin")));
        Assert.Equal(3, (await File.ReadAllLinesAsync(Path.Combine(_cli.Dir, "learning_curves.csv"))).Length);

        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("evaluate", checkpoint, scenario, "--episodes", "1"));
        Assert.Contains("policy", _cli.Output, StringComparison.Ordinal);
        var run = await _cli.RunAsync("run", scenario, "--strategy", "policy", "--checkpoint", checkpoint, "--out", Path.Combine(_cli.Dir, "run"));
        Assert.Equal(ExitCodes.Success, run);
        Assert.True(File.Exists(Path.Combine(_cli.Dir, "run", "mixed_battery", "trades.csv")));
    }

    [Fact]
    public async Task Train_UnknownParadigm_ExitsValidation()
    {
        var code = await _cli.RunAsync("train", Case5("no_battery.yaml"), "--mode", "ccde", "--out", _cli.Dir);
        Assert.Equal(ExitCodes.Validation, code);
        Assert.Contains("--mode: ccde is not one of ctce, ctde, dtde", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_PolicyWithoutCheckpoint_ExitsValidation()
    {
        var code = await _cli.RunAsync("run", Case5("no_battery.yaml"), "--strategy", "policy", "--out", _cli.Dir);
        Assert.Equal(ExitCodes.Validation, code);
        Assert.Contains("needs a trained policy", _cli.Error, StringComparison.Ordinal);
    }

    private static string Case5(string file) => CliHarness.Example("case5-battery-coordination", file);

}
