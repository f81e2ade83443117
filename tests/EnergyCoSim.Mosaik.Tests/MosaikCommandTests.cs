using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using EnergyCoSim.Cli.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console;

namespace EnergyCoSim.Mosaik.Tests;

/// <summary>The <c>mosaik</c> CLI command in both start modes, run in-process against the test master.</summary>
public sealed class MosaikCommandTests
{
    private static (CliContext Context, StringWriter Out, StringWriter Error) NewContext()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext
        {
            Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()) }),
            Out = TextWriter.Synchronized(output),
            Error = TextWriter.Synchronized(error),
            LoggerFactory = NullLoggerFactory.Instance,
        };
        return (context, output, error);
    }

    /// <summary>The default (market) model on a shipped example, found through the examples folder above the tool.</summary>
    private static async Task ShortSessionAsync(TestMaster master)
    {
        await master.CallOkAsync("init", ["EnergyCoSim-0"], new JsonObject { ["time_resolution"] = 60.0, ["scenario"] = "case5-battery-coordination/mixed_battery" });
        await master.CallOkAsync("create", [1, "Market"]);
        await master.CallOkAsync("setup_done");
        Assert.Equal(60, (await master.CallOkAsync("step", [0, new JsonObject(), 1800]))!.GetValue<long>());
        var soc = (await master.CallOkAsync("get_data", [new JsonObject { ["prosumer_001"] = new JsonArray("soc") }]))!["prosumer_001"]!["soc"]!.GetValue<double>();
        Assert.InRange(soc, 0.1, 0.9);
        Assert.Null(await master.CallOkAsync("stop"));
    }

    [Fact]
    public async Task Mosaik_ModelSimple_ServesTheSimpleCommunityModel()
    {
        var (listener, address) = TestMaster.Listen();
        var (context, _, error) = NewContext();
        Task<int> run;
        try
        {
            run = CliApplication.RunAsync(["mosaik", "--addr", address, "--model", "simple"], context);
            await using var master = await TestMaster.AcceptAsync(listener);
            await master.CallOkAsync("init", ["EnergyCoSim-0"], new JsonObject { ["time_resolution"] = 1.0 });
            await master.CallOkAsync("create", [1, "Market"], new JsonObject { ["num_prosumers"] = 3 });
            Assert.Equal(900, (await master.CallOkAsync("step", [0, new JsonObject(), 1800]))!.GetValue<long>());
            Assert.Null(await master.CallOkAsync("stop"));
        }
        finally
        {
            listener.Stop();
        }

        Assert.Equal(ExitCodes.Success, await run.WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public async Task Mosaik_AddrMode_ServesSessionAndExitsZeroOnStop()
    {
        var (listener, address) = TestMaster.Listen();
        var (context, _, error) = NewContext();
        Task<int> run;
        try
        {
            run = CliApplication.RunAsync(["mosaik", "--addr", address], context);
            await using var master = await TestMaster.AcceptAsync(listener);
            await ShortSessionAsync(master);
        }
        finally
        {
            listener.Stop();
        }

        Assert.Equal(ExitCodes.Success, await run.WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public async Task Mosaik_ListenMode_PrintsAddressServesSessionAndExitsZero()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var (context, output, _) = NewContext();

        var run = CliApplication.RunAsync(["mosaik", "--listen", $"127.0.0.1:{port}"], context);
        await using (var master = await TestMaster.ConnectAsync(port))
        {
            await ShortSessionAsync(master);
        }

        Assert.Equal(ExitCodes.Success, await run.WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Contains($"listening on 127.0.0.1:{port}", output.ToString());
    }

    [Fact]
    public async Task Mosaik_ConnectionLostMidSession_ExitsCleanly()
    {
        var (listener, address) = TestMaster.Listen();
        var (context, _, _) = NewContext();
        Task<int> run;
        try
        {
            run = CliApplication.RunAsync(["mosaik", "--addr", address], context);
            await using var master = await TestMaster.AcceptAsync(listener);
            await master.CallOkAsync("init", ["EnergyCoSim-0"], new JsonObject { ["scenario"] = "case5-battery-coordination/mixed_battery" });
        }
        finally
        {
            listener.Stop();
        }

        Assert.Equal(ExitCodes.Success, await run.WaitAsync(TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task Mosaik_NobodyListensAtAddr_ExitsOneWithMessage()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var (context, _, error) = NewContext();

        var code = await CliApplication.RunAsync(["mosaik", "--addr", $"127.0.0.1:{port}"], context).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(ExitCodes.Unexpected, code);
        Assert.Contains($"cannot connect to 127.0.0.1:{port}", error.ToString());
    }

    [Theory]
    [InlineData("mosaik")]
    [InlineData("mosaik --addr 127.0.0.1:1 --listen 127.0.0.1:0")]
    [InlineData("mosaik --addr nonsense")]
    public async Task Mosaik_BadAddressOptions_ExitsWithValidationCode(string commandLine)
    {
        var (context, _, error) = NewContext();

        var code = await CliApplication.RunAsync(commandLine.Split(' '), context).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(ExitCodes.Validation, code);
        Assert.Contains("error:", error.ToString());
    }
}
