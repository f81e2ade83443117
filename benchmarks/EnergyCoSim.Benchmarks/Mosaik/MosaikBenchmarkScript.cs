using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace EnergyCoSim.Benchmarks.Mosaik;

/// <summary>
/// The frames a mosaik master sends for a session: init, create, setup_done, then step/get_data pairs, then stop.
/// Step frames are patched in place (id and time are space-padded fixed-width fields, valid JSON), so producing the
/// next request costs the master almost nothing.
/// </summary>
public sealed class MosaikBenchmarkScript
{
    private const int Width = 15;
    private readonly byte[] _step;
    private readonly int _stepIdAt;
    private readonly int _stepTimeAt;
    private readonly byte[] _getData;
    private readonly int _getDataIdAt;

    /// <summary>A script of <paramref name="setupFrames"/> (ids 0–2), then step frames with <paramref name="inputsJson"/> and get_data frames with <paramref name="outputsJson"/>.</summary>
    public MosaikBenchmarkScript(int prosumers, byte[][] setupFrames, string inputsJson, string outputsJson, long stepTicks)
    {
        Prosumers = prosumers;
        SetupFrames = setupFrames;
        StepTicks = stepTicks;
        var pad = new string(' ', Width);
        var stepText = $"[0,{pad},[\"step\",[{pad},{inputsJson},999999999999],{{}}]]";
        _step = Frame(stepText);
        _stepIdAt = 4 + stepText.IndexOf(pad, StringComparison.Ordinal);
        _stepTimeAt = 4 + stepText.IndexOf(pad, _stepIdAt - 4 + Width, StringComparison.Ordinal);
        var getText = $"[0,{pad},[\"get_data\",[{outputsJson}],{{}}]]";
        _getData = Frame(getText);
        _getDataIdAt = 4 + getText.IndexOf(pad, StringComparison.Ordinal);
    }

    /// <summary>The simple community model: one market of <paramref name="prosumers"/>, PV from one source and load from two.</summary>
    public static MosaikBenchmarkScript Simple(int prosumers)
    {
        byte[][] setup =
        [
            Frame($"[0,0,[\"init\",[\"EnergyCoSim-0\"],{{\"time_resolution\":1.0,\"market_interval_s\":900}}]]"),
            Frame($"[0,1,[\"create\",[1,\"Market\"],{{\"num_prosumers\":{prosumers}}}]]"),
            Frame("[0,2,[\"setup_done\",[],{}]]"),
        ];
        var inputs = new StringBuilder("{");
        var outputs = new StringBuilder("{");
        for (var i = 0; i < prosumers; i++)
        {
            var sep = i > 0 ? "," : "";
            inputs.Append(CultureInfo.InvariantCulture, $"{sep}\"Prosumer_{i}\":{{\"pv_kw\":{{\"PV-0.pv_{i}\":{1.5 + (i % 4)}}},\"load_kw\":{{\"Load-0.base_{i}\":1.25,\"Load-0.ev_{i}\":{0.5 * (i % 3)}}}}}");
            outputs.Append(CultureInfo.InvariantCulture, $"{sep}\"Prosumer_{i}\":[\"p_net_kw\",\"soc\",\"bought_kwh\",\"sold_kwh\",\"cash_usd\",\"clearing_price_usd_per_mwh\"]");
        }

        inputs.Append('}');
        outputs.Append(",\"Market_0\":[\"clearing_price_usd_per_mwh\",\"p2p_kwh\",\"dso_bought_kwh\",\"dso_sold_kwh\"]}");
        return new MosaikBenchmarkScript(prosumers, setup, inputs.ToString(), outputs.ToString(), 900);
    }

    /// <summary>
    /// The market model on the scenario file <paramref name="scenarioPath"/> (hourly intervals, 1 s per tick): every
    /// agent (all with batteries) gets PV from one source and load from two, and is read for meter power, SoC, energy, cash and price.
    /// </summary>
    public static MosaikBenchmarkScript Market(string scenarioPath, IReadOnlyList<string> agentIds)
    {
        byte[][] setup =
        [
            Frame($"[0,0,[\"init\",[\"EnergyCoSim-0\"],{{\"time_resolution\":1.0,\"scenario\":\"{System.Text.Json.JsonEncodedText.Encode(scenarioPath)}\"}}]]"),
            Frame("[0,1,[\"create\",[1,\"Market\"],{}]]"),
            Frame("[0,2,[\"setup_done\",[],{}]]"),
        ];
        var inputs = new StringBuilder("{");
        var outputs = new StringBuilder("{");
        for (var i = 0; i < agentIds.Count; i++)
        {
            var sep = i > 0 ? "," : "";
            var id = agentIds[i];
            inputs.Append(CultureInfo.InvariantCulture, $"{sep}\"{id}\":{{\"generation_kw\":{{\"PV-0.pv_{i}\":{15 + (i % 4)}}},\"demand_kw\":{{\"Load-0.base_{i}\":12.5,\"Load-0.ev_{i}\":{5 * (i % 3)}}}}}");
            outputs.Append(CultureInfo.InvariantCulture, $"{sep}\"{id}\":[\"p_kw\",\"soc\",\"bought_kwh\",\"sold_kwh\",\"cash_usd\",\"clearing_price_usd_per_mwh\"]");
        }

        inputs.Append('}');
        outputs.Append(",\"Market\":[\"clearing_price_usd_per_mwh\",\"p2p_volume_kwh\",\"dso_buy_kwh\",\"dso_sell_kwh\"]}");
        return new MosaikBenchmarkScript(agentIds.Count, setup, inputs.ToString(), outputs.ToString(), 3600);
    }

    public int Prosumers { get; }

    /// <summary>init, create, setup_done (ids 0, 1, 2).</summary>
    public byte[][] SetupFrames { get; }

    /// <summary>Step size in ticks (one market interval at 1 s per tick).</summary>
    public long StepTicks { get; }

    /// <summary>Bytes of one step request frame.</summary>
    public int StepFrameBytes => _step.Length;

    /// <summary>The step frame for step number <paramref name="k"/> (ids continue after setup), patched in place.</summary>
    public byte[] Step(long k)
    {
        Patch(_step, _stepIdAt, 3 + (2 * k));
        Patch(_step, _stepTimeAt, k * StepTicks);
        return _step;
    }

    /// <summary>The get_data frame following step <paramref name="k"/>.</summary>
    public byte[] GetData(long k)
    {
        Patch(_getData, _getDataIdAt, 4 + (2 * k));
        return _getData;
    }

    /// <summary>The stop frame after <paramref name="steps"/> steps.</summary>
    public static byte[] Stop(long steps) => Frame($"[0,{3 + (2 * steps)},[\"stop\",[],{{}}]]");

    private static void Patch(byte[] frame, int at, long value)
    {
        var span = frame.AsSpan(at, Width);
        span.Fill((byte)' ');
        var digits = value.ToString(CultureInfo.InvariantCulture);
        Encoding.ASCII.GetBytes(digits, span[(Width - digits.Length)..]);
    }

    private static byte[] Frame(string json)
    {
        var payload = Encoding.UTF8.GetBytes(json);
        var frame = new byte[payload.Length + 4];
        BinaryPrimitives.WriteUInt32BigEndian(frame, (uint)payload.Length);
        payload.CopyTo(frame, 4);
        return frame;
    }
}
