using System.Numerics;

namespace EnergyCoSim.Learning.Networks;

/// <summary>
/// A frozen copy of an <see cref="Mlp"/> evaluated in managed code: sampling workers and inference run it on any thread
/// without touching libtorch, and small batches avoid libtorch's per-call overhead.
/// </summary>
internal sealed class MlpWeights
{
    private readonly float[][] _weights;
    private readonly float[][] _biases;
    private readonly int[] _inputs;
    private readonly int[] _outputs;

    public MlpWeights(Mlp mlp)
    {
        var layers = mlp.Layers;
        _weights = new float[layers.Length][];
        _biases = new float[layers.Length][];
        _inputs = new int[layers.Length];
        _outputs = new int[layers.Length];
        for (var l = 0; l < layers.Length; l++)
        {
            _weights[l] = layers[l].weight!.detach().cpu().data<float>().ToArray();
            _biases[l] = layers[l].bias!.detach().cpu().data<float>().ToArray();
            _outputs[l] = (int)layers[l].weight!.shape[0];
            _inputs[l] = (int)layers[l].weight!.shape[1];
        }
    }

    public int InputSize => _inputs[0];

    public int OutputSize => _outputs[^1];

    /// <summary>Scratch floats <see cref="Forward"/> needs.</summary>
    public int ScratchSize => 2 * _outputs.Max();

    public void Forward(ReadOnlySpan<float> input, Span<float> output, Span<float> scratch)
    {
        var width = _outputs.Max();
        var a = scratch[..width];
        var b = scratch.Slice(width, width);
        var current = input;
        for (var l = 0; l < _weights.Length; l++)
        {
            var last = l == _weights.Length - 1;
            var target = last ? output : (l % 2 == 0 ? a : b);
            var w = _weights[l];
            var n = _inputs[l];
            for (var o = 0; o < _outputs[l]; o++)
            {
                var sum = _biases[l][o] + Dot(w.AsSpan(o * n, n), current[..n]);
                target[o] = last ? sum : MathF.Tanh(sum);
            }

            current = target;
        }
    }

    private static float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        var acc = Vector<float>.Zero;
        var i = 0;
        var width = Vector<float>.Count;
        for (; i <= x.Length - width; i += width)
        {
            acc += new Vector<float>(x.Slice(i, width)) * new Vector<float>(y.Slice(i, width));
        }

        var sum = Vector.Dot(acc, Vector<float>.One);
        for (; i < x.Length; i++)
        {
            sum += x[i] * y[i];
        }

        return sum;
    }
}
