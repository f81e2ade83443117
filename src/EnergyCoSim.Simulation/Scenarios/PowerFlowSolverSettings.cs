using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Simulation.Scenarios;

/// <summary>
/// The remote power-flow solver a scenario asks for (<c>cosim.power_flow.solver: remote</c>), validated once for the
/// <c>cosim</c> command and for gRPC sessions.
/// </summary>
/// <param name="Address">The GridSolver's absolute http(s) address.</param>
/// <param name="Deadline">Deadline of each solve.</param>
public sealed record PowerFlowSolverSettings(Uri Address, TimeSpan Deadline)
{
    /// <summary>The in-process solver (the default).</summary>
    public const string Embedded = "embedded";

    /// <summary>An external GridSolver service.</summary>
    public const string Remote = "remote";

    /// <summary>Default deadline of a remote solve, ms.</summary>
    public const int DefaultDeadlineMs = 1000;

    /// <summary>Largest accepted deadline, ms (10 minutes).</summary>
    public const int MaxDeadlineMs = 600_000;

    /// <summary>
    /// The remote solver of <paramref name="section"/>, or null for the embedded one; problems are added to
    /// <paramref name="problems"/> with field paths under <paramref name="prefix"/> (e.g. <c>cosim.power_flow</c>).
    /// </summary>
    public static PowerFlowSolverSettings? From(PowerFlowSection section, string prefix, List<FieldViolation> problems)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(problems);
        var remote = section.Solver == Remote;
        if (!remote && section.Solver != Embedded)
        {
            problems.Add(new FieldViolation($"{prefix}.solver", section.Solver, $"must be {Embedded} or {Remote}"));
        }

        if (section.DeadlineMs is < 1 or > MaxDeadlineMs)
        {
            problems.Add(new FieldViolation($"{prefix}.deadline_ms", FieldViolation.Render(section.DeadlineMs), $"must be in [1, {MaxDeadlineMs}] ms"));
        }

        Uri? address = null;
        if (remote && string.IsNullOrWhiteSpace(section.Address))
        {
            problems.Add(new FieldViolation($"{prefix}.address", section.Address, "is required with solver: remote (e.g. http://127.0.0.1:50061)"));
        }
        else if (!remote && section.Address is not null)
        {
            problems.Add(new FieldViolation($"{prefix}.address", section.Address, "is only used with solver: remote"));
        }
        else if (remote && (!Uri.TryCreate(section.Address, UriKind.Absolute, out address) || address.Scheme is not ("http" or "https")))
        {
            problems.Add(new FieldViolation($"{prefix}.address", section.Address, "must be an absolute http(s) address, e.g. http://127.0.0.1:50061"));
            address = null;
        }

        return address is null || section.DeadlineMs is < 1 or > MaxDeadlineMs ? null : new PowerFlowSolverSettings(address, TimeSpan.FromMilliseconds(section.DeadlineMs));
    }
}
