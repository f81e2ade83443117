namespace EnergyCoSim.Service.Sessions;

/// <summary>
/// The named variables a session exposes. Behind an interface so the environment-backed table can later be
/// swapped for the market co-simulation component's variables without touching the gRPC services.
/// </summary>
public interface ISessionVariableTable
{
    /// <summary>Every variable, inputs first.</summary>
    IReadOnlyList<SessionVariable> Variables { get; }

    /// <summary>Current value of <paramref name="name"/>; NaN for an output not yet produced.</summary>
    double Get(string name);

    /// <summary>Sets input <paramref name="name"/> for the coming interval.</summary>
    void Set(string name, double value);

    /// <summary>Hands the inputs set since the last step to the model; called right before each step.</summary>
    void ApplyInputs();

    /// <summary>Puts back the inputs the last <see cref="ApplyInputs"/> handed over, for a step that was rolled back.</summary>
    void UndoApply();
}
