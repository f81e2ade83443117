using System.CommandLine;
using System.Globalization;
using EnergyCoSim.Cli.Infrastructure;
using EnergyCoSim.Cli.Learning;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Learning.Environments;
using EnergyCoSim.Learning.Evaluation;
using EnergyCoSim.Learning.Policies;
using EnergyCoSim.Learning.Training;
using EnergyCoSim.Simulation.Building;
using EnergyCoSim.Simulation.Scenarios;
using EnergyCoSim.Simulation.Strategies;
using Spectre.Console;

namespace EnergyCoSim.Cli.Commands;

/// <summary><c>evaluate &lt;checkpoint&gt; &lt;scenario&gt;</c>: compares a trained policy with zero intelligence and the rule-based strategy on the same episodes.</summary>
internal sealed class EvaluateCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var checkpoint = new Argument<string>("checkpoint") { Description = "A checkpoint directory written by train." };
        var scenario = new Argument<string>("scenario") { Description = "The scenario file to evaluate on." };
        var episodes = new Option<int>("--episodes") { Description = "Episodes per contender (the same seeds for all).", DefaultValueFactory = _ => 5 };
        var sampled = new Option<bool>("--sampled") { Description = "Sample the policy's actions instead of taking the mean." };
        var command = new Command("evaluate", "Compare a trained policy with zero intelligence and the rule-based strategy on the same scenario and seeds.")
        {
            checkpoint, scenario, episodes, sampled,
        };
        command.SetAction((parse, ct) =>
        {
            var count = parse.GetValue(episodes);
            if (count < 1)
            {
                throw new ValidationException("--episodes", count, "must be ≥ 1");
            }

            var dir = parse.GetValue(checkpoint)!;
            if (!Directory.Exists(dir))
            {
                throw new NotFoundException("checkpoint", dir);
            }

            LearningRuntime.Initialize();
            var doc = ScenarioLoader.Load(parse.GetValue(scenario)!);
            var env = new MarketTrainingEnvironment(ScenarioCompiler.Compile(doc));
            var policy = TrainedPolicy.Load(dir, deterministic: !parse.GetValue(sampled), seed: doc.Seed);
            var contenders = new Dictionary<string, JointActor>(StringComparer.Ordinal)
            {
                ["policy"] = policy.ActAll,
                ["zero-intelligence"] = StrategyActors.For(env.Inner, new ZeroIntelligenceStrategy(), doc.Seed),
                ["rule-based"] = StrategyActors.For(env.Inner, new RuleBasedStrategy(), doc.Seed),
            };
            var results = PolicyEvaluator.Compare(env, contenders, count, 0, ct);
            var table = new Table().Title($"Evaluation on {doc.Name} ({count} episodes each, same seeds)")
                .AddColumns("Contender", "Mean episode reward", "Min", "Max", "Clearing price (USD/MWh)", "P2P share");
            foreach (var r in results.OrderByDescending(r => r.Overall.Mean))
            {
                table.AddRow(r.Contender, F(r.Overall.Mean), F(r.Overall.Min), F(r.Overall.Max),
                    F(r.Metrics.GetValueOrDefault("clearing_price_usd_per_mwh")), r.Metrics.GetValueOrDefault("p2p_share").ToString("0.0%", CultureInfo.InvariantCulture));
            }

            context.Console.Write(table);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static string F(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);
}
