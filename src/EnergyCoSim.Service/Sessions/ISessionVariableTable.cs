namespace EnergyCoSim.Service.Sessions;

/// <summary>The named variables a session exposes (the market component's names, see <see cref="MarketVariableTable"/>).</summary>
public interface ISessionVariableTable
{
    /// <summary>Every variable, inputs first.</summary>
    IReadOnlyList<SessionVariable> Variables { get; }

    /// <summary>Input values in layout order (carried in a saved state).</summary>
    IReadOnlyList<double> Inputs { get; }

    /// <summary>Current value of <paramref name="name"/>.</summary>
    double Get(string name);

    /// <summary>Sets input <paramref name="name"/> (kW; NaN = profile / no limit); it holds until set again.</summary>
    void Set(string name, double value);

    /// <summary>Puts back input values saved from <see cref="Inputs"/>.</summary>
    void RestoreInputs(IReadOnlyList<double> inputs);

    /// <summary>Hands the inputs to the model for the coming interval; called right before the agents decide.</summary>
    void ApplyInputs();

    /// <summary>Returns every value to what it was before the last <see cref="ApplyInputs"/>, for a step that was rolled back.</summary>
    void UndoApply();

    /// <summary>Refreshes the outputs from the model (after a step, a reset or a restore).</summary>
    void Publish();
}
