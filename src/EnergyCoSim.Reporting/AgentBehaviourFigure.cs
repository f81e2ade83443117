using EnergyCoSim.Simulation.Results;
using ScottPlot;

namespace EnergyCoSim.Reporting;

/// <summary>Agent behaviour over the last episode (2×1): net energy sold per step and cumulative reward, one line per agent. 1600×1100 px.</summary>
public static class AgentBehaviourFigure
{
    /// <summary>File name.</summary>
    public const string Name = "agent_behavior";

    /// <summary>Renders the figure.</summary>
    public static Figure Render(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var d = new ScenarioData(result);
        const string caption = "Each agent's trading activity per interval (energy sold − bought, kWh: above 0 it supplies the market, below it draws) and its cumulative reward; one colour per agent.";
        var title = $"Agent Behaviour — {result.Scenario}";
        if (d.Agents.Count == 0)
        {
            return FigureCanvas.Grid(Name, title, caption, 1, 1, [FigureCanvas.NoData("Agent behaviour", "agent")], 1600, 1100);
        }

        var net = FigureCanvas.NewPlot("Agent trading activity", "Market interval", "Sold − bought (kWh)");
        var reward = FigureCanvas.NewPlot("Cumulative reward", "Market interval", "Σ reward (–)");
        for (var i = 0; i < d.AgentIds.Count; i++)
        {
            var id = d.AgentIds[i];
            var (x, y) = d.AgentSeries(id, a => a.SoldKWh - a.BoughtKWh);
            MarketPerformanceFigure.Line(net, x, y, ReportColors.Series(i), id);
            var (xr, r) = d.AgentSeries(id, a => a.Reward);
            var cum = 0.0;
            MarketPerformanceFigure.Line(reward, xr, r.Select(v => cum += v).ToArray(), ReportColors.Series(i), id);
        }

        net.Add.HorizontalLine(0, 1, Colors.Black);
        net.ShowLegend(Edge.Right);
        reward.ShowLegend(Edge.Right);
        return FigureCanvas.Grid(Name, title, caption, 2, 1, [net, reward], 1600, 1100);
    }
}
