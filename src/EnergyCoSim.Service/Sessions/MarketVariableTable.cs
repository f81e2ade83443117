using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Simulation.Components;
using EnergyCoSim.Simulation.Environments;

namespace EnergyCoSim.Service.Sessions;

/// <summary>
/// Session variables with the market co-simulation component's names, units and meaning (one
/// <see cref="MarketVariableLayout"/> for both), so a client uses the names of a <c>cosim</c> scenario. Inputs
/// persist across steps like a component's inputs; NaN hands an input back to the profile (or lifts a limit).
/// </summary>
internal sealed class MarketVariableTable : ISessionVariableTable
{
    private readonly LocalEnergyMarketEnvironment _env;
    private readonly MarketVariableLayout _layout;
    private readonly double[] _values;
    private readonly double[] _beforeStep;

    public MarketVariableTable(LocalEnergyMarketEnvironment env)
    {
        _env = env;
        _layout = MarketVariableLayout.For(env);
        _values = _layout.CreateValues();
        _beforeStep = new double[_values.Length];
        Variables = _layout.Variables
            .OrderBy(v => v.Causality == VariableCausality.Input ? 0 : 1)
            .Select(v => new SessionVariable(v.Name, v.Unit ?? "1", v.Causality == VariableCausality.Input ? "input" : "output", v.Description ?? string.Empty))
            .ToArray();
    }

    public IReadOnlyList<SessionVariable> Variables { get; }

    public double Get(string name) =>
        _layout.TryGetReference(name, out var r) ? _values[r] : throw new ValidationException("names", name, "is not a variable of this session");

    public void Set(string name, double value)
    {
        if (!_layout.TryGetReference(name, out var r))
        {
            throw new ValidationException("names", name, "is not a variable of this session");
        }

        if (!_layout.IsInput(r))
        {
            throw new ValidationException("names", name, "is an output and cannot be set");
        }

        if (!double.IsNaN(value) && !(value >= 0 && double.IsFinite(value)))
        {
            throw new ValidationException("values", value, $"for {name} must be a finite power ≥ 0 kW, or NaN for the profile / no limit");
        }

        _values[r] = value;
    }

    public IReadOnlyList<double> Inputs => _layout.Variables.Where(v => _layout.IsInput(v.Reference)).Select(v => _values[v.Reference]).ToArray();

    public void RestoreInputs(IReadOnlyList<double> inputs)
    {
        var k = 0;
        foreach (var v in _layout.Variables.Where(v => _layout.IsInput(v.Reference)))
        {
            _values[v.Reference] = inputs[k++];
        }
    }

    public void ApplyInputs()
    {
        _values.CopyTo(_beforeStep, 0);
        _layout.ApplyInputs(_env, _values);
    }

    public void UndoApply() => _beforeStep.CopyTo(_values, 0);

    public void Publish() => _layout.Publish(_env, _values);
}
