namespace EnergyCoSim.Core.Errors;

/// <summary>A model (FMU, solver, remote component) reported an error; carries its own last messages and the variables involved.</summary>
public sealed class ModelException : EnergyCoSimException
{
    /// <summary>Creates the exception for model <paramref name="model"/>.</summary>
    public ModelException(
        string model,
        string message,
        IReadOnlyList<string>? recentMessages = null,
        IReadOnlyList<string>? variables = null,
        Exception? innerException = null)
        : base(BuildMessage(model, message, recentMessages, variables), innerException)
    {
        Model = model;
        Reason = message;
        RecentMessages = recentMessages ?? [];
        Variables = variables ?? [];
    }

    /// <summary>Name of the model or component that failed.</summary>
    public string Model { get; }

    /// <summary>The failure itself, without the model's log.</summary>
    public string Reason { get; }

    /// <summary>The model's last log messages before the failure (oldest first).</summary>
    public IReadOnlyList<string> RecentMessages { get; }

    /// <summary>Variables involved in the failing call.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <inheritdoc />
    public override ErrorCode Code => ErrorCode.Model;

    private static string BuildMessage(string model, string message, IReadOnlyList<string>? log, IReadOnlyList<string>? variables)
    {
        var text = $"{model}: {message}";
        if (variables is { Count: > 0 })
        {
            text += $" (variables: {string.Join(", ", variables)})";
        }

        if (log is { Count: > 0 })
        {
            text += $"; last model messages: {string.Join(" | ", log)}";
        }

        return text;
    }
}
