using System.CommandLine;
using System.Reflection;
using EnergyCoSim.Cli.Infrastructure;

namespace EnergyCoSim.Cli.Commands;

/// <summary><c>version</c>: prints the EnergyCoSim version and runtime.</summary>
internal sealed class VersionCommand : ICliCommand
{
    /// <summary>The informational version of this build.</summary>
    public static string Version =>
        typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public Command Build(CliContext context)
    {
        var command = new Command("version", "Print the EnergyCoSim version and the .NET runtime.");
        command.SetAction(_ => context.Out.WriteLine($"EnergyCoSim {Version} (.NET {Environment.Version})"));
        return command;
    }
}
