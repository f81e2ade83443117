using EnergyCoSim.Core.Components;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Core.Time;
using EnergyCoSim.Simulation.Components;

namespace EnergyCoSim.Mosaik.Market;

/// <summary>
/// <see cref="MarketComponent"/> as mosaik sees it: inputs hold for one step only (an attribute no source feeds in a
/// step falls back to the scenario's profile, or to no DSO limit), and a step over several market intervals clears
/// them one by one with the same inputs. Everything else is the market component's.
/// </summary>
internal sealed class MosaikMarketComponent : ICoSimComponent
{
    private readonly MarketComponent _market;
    private readonly uint[] _inputRefs;
    private readonly double[] _profileValues;
    private readonly double[] _lastInputs;
    private readonly Dictionary<uint, int> _inputIndex;

    public MosaikMarketComponent(MarketComponent market)
    {
        _market = market;
        _inputRefs = market.Description.Variables.Where(v => v.Causality == VariableCausality.Input).Select(v => v.Reference).ToArray();
        _profileValues = Enumerable.Repeat(double.NaN, _inputRefs.Length).ToArray();
        _lastInputs = [.. _profileValues];
        _inputIndex = _inputRefs.Select((r, k) => (r, k)).ToDictionary(x => x.r, x => x.k);
    }

    /// <summary>The market component inside.</summary>
    public MarketComponent Market => _market;

    public string Name => _market.Name;

    public ComponentDescription Description => _market.Description;

    public void Setup(SimulationTime startTime, SimulationTime? stopTime, TimeResolution resolution) => _market.Setup(startTime, stopTime, resolution);

    public void EnterInitialization() => _market.EnterInitialization();

    public void ExitInitialization() => _market.ExitInitialization();

    public async ValueTask<StepResult> StepAsync(SimulationTime currentTime, SimulationDuration stepSize, CancellationToken cancellationToken)
    {
        var interval = _market.Interval.Ticks;
        var env = _market.Environment;
        try
        {
            if (stepSize.Ticks % interval != 0)
            {
                throw new ValidationException("step.step_size", stepSize.Ticks, $"must be a whole number of market intervals ({interval} ticks)");
            }

            var intervals = stepSize.Ticks / interval;
            if (env.CurrentStep + intervals > env.MaxSteps)
            {
                // Refused before the market moves, so the session stays usable (e.g. for get_data and get_summary).
                throw new ValidationException(
                    "step.time", currentTime.Ticks, $"goes past the scenario's {env.MaxSteps} market intervals of {env.Scenario.MarketInterval} (until tick {env.MaxSteps * interval}); run mosaik with until ≤ {env.MaxSteps * interval}");
            }

            for (var k = 0; k < intervals; k++)
            {
                var result = await _market.StepAsync(currentTime + new SimulationDuration(k * interval), _market.Interval, cancellationToken).ConfigureAwait(false);
                if (result.Outcome != StepOutcome.Accepted)
                {
                    return result;
                }
            }
        }
        finally
        {
            // mosaik sends an input only while a source provides it: forget this step's values, accepted or not, but
            // keep them for get_data, which mosaik calls after the step (NaN: no source, the profile applied).
            _market.GetReal(_inputRefs, _lastInputs);
            _market.SetReal(_inputRefs, _profileValues);
        }

        return StepResult.Accepted;
    }

    public void Terminate() => _market.Terminate();

    public void GetReal(ReadOnlySpan<uint> references, Span<double> values)
    {
        _market.GetReal(references, values);
        for (var i = 0; i < references.Length; i++)
        {
            if (_inputIndex.TryGetValue(references[i], out var k))
            {
                values[i] = _lastInputs[k];
            }
        }
    }

    public void GetInteger(ReadOnlySpan<uint> references, Span<long> values) => _market.GetInteger(references, values);

    public void GetBoolean(ReadOnlySpan<uint> references, Span<bool> values) => _market.GetBoolean(references, values);

    public void GetString(ReadOnlySpan<uint> references, Span<string> values) => _market.GetString(references, values);

    public void SetReal(ReadOnlySpan<uint> references, ReadOnlySpan<double> values) => _market.SetReal(references, values);

    public void SetInteger(ReadOnlySpan<uint> references, ReadOnlySpan<long> values) => _market.SetInteger(references, values);

    public void SetBoolean(ReadOnlySpan<uint> references, ReadOnlySpan<bool> values) => _market.SetBoolean(references, values);

    public void SetString(ReadOnlySpan<uint> references, ReadOnlySpan<string> values) => _market.SetString(references, values);

    public ComponentState SaveState() => _market.SaveState();

    public void RestoreState(ComponentState state) => _market.RestoreState(state);

    public byte[] SerializeState(ComponentState state) => _market.SerializeState(state);

    public ComponentState DeserializeState(ReadOnlySpan<byte> data) => _market.DeserializeState(data);

    public void Dispose() => _market.Dispose();
}
