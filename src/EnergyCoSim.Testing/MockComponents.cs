namespace EnergyCoSim.Testing;

/// <summary>Ready-made mocks for scenario tests and benchmarks.</summary>
public static class MockComponents
{
    /// <summary>
    /// An affine block <c>y = gain·u + offset</c> computed from the input at the start of each step
    /// (a static coupling law whose fixed points are easy to compute by hand).
    /// </summary>
    public static MockComponent Affine(string name, double gain, double offset, string? unit = "kW", StepRecorder? recorder = null)
    {
        var builder = new MockComponentBuilder(name).RealInput("u", unit).RealOutput("y", unit).OnStep(ctx => ctx["y"] = (gain * ctx["u"]) + offset);
        if (recorder is not null)
        {
            builder.RecordTo(recorder);
        }

        return builder.Build();
    }

    /// <summary>
    /// An integrator (a battery): <c>e ← e + u·h</c> with h in ticks, output <c>y = e</c> at the end of the step.
    /// </summary>
    public static MockComponent Integrator(string name, double initial = 0.0, string? unit = "kW", StepRecorder? recorder = null)
    {
        var builder = new MockComponentBuilder(name).RealInput("u", unit).RealOutput("y", unit, initial).RealLocal("e", null, initial)
            .OnStep(ctx =>
            {
                ctx["e"] += ctx["u"] * ctx.StepSize.Ticks;
                ctx["y"] = ctx["e"];
            });
        if (recorder is not null)
        {
            builder.RecordTo(recorder);
        }

        return builder.Build();
    }

    /// <summary>A pass-through with <paramref name="width"/> Real inputs <c>u0..</c> and outputs <c>y0..</c> that does no work (benchmarks).</summary>
    public static MockComponent Trivial(string name, int width, string? unit = "kW")
    {
        var builder = new MockComponentBuilder(name);
        for (var i = 0; i < width; i++)
        {
            builder.RealInput("u" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), unit);
        }

        for (var i = 0; i < width; i++)
        {
            builder.RealOutput("y" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), unit);
        }

        return builder.Build();
    }
}
