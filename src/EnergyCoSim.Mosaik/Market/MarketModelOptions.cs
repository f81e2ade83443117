using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Mosaik.Market;

/// <summary>Settings of the mosaik market model that do not come from mosaik, validated at construction.</summary>
public sealed record MarketModelOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="examplesDirectory">Folder whose <c>folder/name.yaml</c> files the <c>scenario</c> sim param may name (null = paths only).</param>
    public MarketModelOptions(string? examplesDirectory = null)
    {
        if (examplesDirectory is not null && string.IsNullOrWhiteSpace(examplesDirectory))
        {
            throw new ValidationException("examples_directory", examplesDirectory, "must name a folder or be left out");
        }

        ExamplesDirectory = examplesDirectory;
    }

    /// <summary>Folder of the shipped example scenarios, or null.</summary>
    public string? ExamplesDirectory { get; }

    /// <summary>Scenario paths only.</summary>
    public static MarketModelOptions Default { get; } = new();
}
