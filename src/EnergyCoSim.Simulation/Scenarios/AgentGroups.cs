using System.Globalization;
using System.Text.RegularExpressions;

namespace EnergyCoSim.Simulation.Scenarios;

/// <summary>Expands agent entries with <c>count</c> &gt; 1 into individual agents, formatting <c>{n}</c> / <c>{n:000}</c> in the id.</summary>
public static partial class AgentGroups
{
    /// <summary>One agent after expansion, with the index of the file entry it came from.</summary>
    /// <param name="Id">The agent id.</param>
    /// <param name="SectionIndex">Index of the entry in the scenario's agents list.</param>
    /// <param name="Section">The entry itself.</param>
    public sealed record ExpandedAgent(string Id, int SectionIndex, AgentSection Section);

    /// <summary>Every agent defined by <paramref name="sections"/>, in file order.</summary>
    public static IReadOnlyList<ExpandedAgent> Expand(IReadOnlyList<AgentSection> sections)
    {
        var agents = new List<ExpandedAgent>();
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            var count = Math.Max(1, section.Count);
            for (var n = 1; n <= count; n++)
            {
                agents.Add(new ExpandedAgent(FormatId(section.Id, n), i, section));
            }
        }

        return agents;
    }

    /// <summary>Formats the placeholder <c>{n}</c> or <c>{n:FORMAT}</c> with the 1-based index.</summary>
    public static string FormatId(string template, int n) =>
        Placeholder().Replace(template, m => n.ToString(m.Groups[1].Success ? m.Groups[1].Value : "D", CultureInfo.InvariantCulture));

    [GeneratedRegex(@"\{n(?::([^}]+))?\}")]
    private static partial Regex Placeholder();
}
