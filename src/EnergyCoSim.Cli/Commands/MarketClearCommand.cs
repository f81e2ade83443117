using System.CommandLine;
using System.Text;
using EnergyCoSim.Cli.Infrastructure;
using EnergyCoSim.Cli.Market;

namespace EnergyCoSim.Cli.Commands;

/// <summary><c>market clear &lt;order-book.json&gt;</c>: clears one market interval and prints the result as JSON.</summary>
internal sealed class MarketClearCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var orderBook = new Argument<FileInfo>("order-book") { Description = "Order book JSON (schema: docs/schemas/order-book.md)." };
        var clear = new Command("clear", "Clear one interval of an order book (three-stage matching, DSO fallback) and print the result as JSON.");
        clear.Arguments.Add(orderBook);
        clear.SetAction(async (parse, cancellationToken) =>
        {
            var file = parse.GetValue(orderBook)!;
            var book = OrderBookReader.Read(file.FullName);
            var result = book.Matcher.MatchOrders(book.Step, book.Orders, book.Reputations);
            var mechanism = SnakeCase(book.Matcher.Config.Mechanism.ToString());
            await context.Out.WriteLineAsync(ClearingReportWriter.Write(result, mechanism).AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });

        var market = new Command("market", "Local energy market tools.");
        market.Subcommands.Add(clear);
        return market;
    }

    private static string SnakeCase(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(pascal[i]));
        }

        return sb.ToString();
    }
}
