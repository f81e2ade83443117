using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Service;

/// <summary>Settings of the co-simulation service, bound from configuration section "EnergyCoSim:Service" and validated at start.</summary>
public sealed record ServiceOptions
{
    /// <summary>Configuration section the options bind from.</summary>
    public const string Section = "EnergyCoSim:Service";

    /// <summary>Most sessions open at once; further creates fail with RESOURCE_EXHAUSTED.</summary>
    public int MaxSessions { get; init; } = 64;

    /// <summary>Folder holding the shipped examples addressed by name (e.g. "case5-battery-coordination/no_battery").</summary>
    public string ExamplesDirectory { get; init; } = "examples";

    /// <summary>Step responses remembered per session for retried request ids.</summary>
    public int RequestCacheSize { get; init; } = 256;

    /// <summary>Throws a <see cref="ValidationException"/> listing every invalid setting.</summary>
    public void Validate()
    {
        var problems = new List<FieldViolation>();
        if (MaxSessions < 1)
        {
            problems.Add(new FieldViolation("max_sessions", FieldViolation.Render(MaxSessions), "must be at least 1"));
        }

        if (RequestCacheSize < 1)
        {
            problems.Add(new FieldViolation("request_cache_size", FieldViolation.Render(RequestCacheSize), "must be at least 1"));
        }

        if (string.IsNullOrWhiteSpace(ExamplesDirectory))
        {
            problems.Add(new FieldViolation("examples_directory", ExamplesDirectory, "must name a folder"));
        }

        if (problems.Count > 0)
        {
            throw new ValidationException(problems, "service options");
        }
    }
}
