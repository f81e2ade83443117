using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace EnergyCoSim.Learning.Networks;

/// <summary>Two tanh hidden layers and a linear output: the body of every actor and critic.</summary>
internal sealed class Mlp : nn.Module<Tensor, Tensor>
{
    private readonly Linear _l1;
    private readonly Linear _l2;
    private readonly Linear _out;

    public Mlp(string name, int input, int hidden, int output, double outputGain)
        : base(name)
    {
        _l1 = nn.Linear(input, hidden);
        _l2 = nn.Linear(hidden, hidden);
        _out = nn.Linear(hidden, output);
        // Orthogonal init with a small output gain keeps the initial policy near the centre of the box (PPO practice).
        using (no_grad())
        {
            nn.init.orthogonal_(_l1.weight, Math.Sqrt(2));
            nn.init.orthogonal_(_l2.weight, Math.Sqrt(2));
            nn.init.orthogonal_(_out.weight, outputGain);
            nn.init.zeros_(_l1.bias!);
            nn.init.zeros_(_l2.bias!);
            nn.init.zeros_(_out.bias!);
        }

        RegisterComponents();
    }

    public Linear[] Layers => [_l1, _l2, _out];

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var h = tanh(_l1.forward(input));
        h = tanh(_l2.forward(h));
        return _out.forward(h).MoveToOuterDisposeScope();
    }
}
