using EnergyCoSim.Cli.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console;

namespace EnergyCoSim.Cli.Tests.PowerFlow;

public class PowerFlowCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext
        {
            Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) }),
            Out = output,
            Error = error,
            LoggerFactory = NullLoggerFactory.Instance,
        };
        var code = CliApplication.RunAsync(args, context).GetAwaiter().GetResult();
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Pf_BaranWu_PrintsTableExtremesAndLosses()
    {
        var (code, output, _) = Run("pf", "baran-wu-33");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Converged", output);
        Assert.Contains("min |V| 0.91309 p.u. at bus 18", output);
        Assert.Contains("losses 202.677 kW", output);
    }

    [Fact]
    public void Pf_JsonFormatToFile_WritesResultObject()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pf-{Guid.NewGuid():N}.json");
        try
        {
            var (code, _, _) = Run("pf", "ieee34", "--format", "json", "--out", path);

            Assert.Equal(ExitCodes.Success, code);
            var json = File.ReadAllText(path);
            Assert.Contains("\"initialPointUsed\": \"noLoad\"", json);
            Assert.Contains("\"status\": \"converged\"", json);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Pf_UnknownCase_ExitsNotFound()
    {
        var (code, _, err) = Run("pf", "no-such-feeder");

        Assert.Equal(ExitCodes.NotFound, code);
        Assert.Contains("no-such-feeder", err);
    }

    [Fact]
    public void Pf_DcAlgorithm_ReportsLosslessSolution()
    {
        var (code, output, _) = Run("pf", "baran-wu-33", "--algorithm", "dc");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Dc Converged", output);
        Assert.Contains("losses 0.000 kW", output);
    }
}
