using System.CommandLine;

namespace EnergyCoSim.Cli.Infrastructure;

/// <summary>A top-level CLI command. Implementations are discovered by reflection, one file per command.</summary>
internal interface ICliCommand
{
    /// <summary>Builds the command with its options and action.</summary>
    Command Build(CliContext context);
}
