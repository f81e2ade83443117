using System.Text.Json;
using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Service.Sessions;

/// <summary>The summary of a session's episode.</summary>
public sealed partial class Session
{
    /// <summary>The episode's summary.json (the CLI's format); needs at least one step.</summary>
    public string SummaryJson()
    {
        if (Environment.MarketHistory.Count == 0 || State is SessionState.Created)
        {
            throw new InvalidStateException($"session {Id}", "summary", State.ToString(), "Running, Done (after at least one step)");
        }

        return JsonSerializer.Serialize(SessionSummary.Build(Environment, _strategy.Name), SummaryJsonOptions.Options);
    }
}
