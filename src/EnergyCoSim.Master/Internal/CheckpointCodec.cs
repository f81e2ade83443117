using System.Text;
using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Master.Internal;

/// <summary>
/// The checkpoint file format: a magic, a version, a fingerprint of the system structure, then fixed fields
/// little-endian (doubles as raw bits, so values survive exactly) and one length-prefixed blob per component.
/// </summary>
internal static class CheckpointCodec
{
    private const string Magic = "ECSCKPT";
    private const int Version = 1;

    public static void Write(Stream stream, CheckpointData data)
    {
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Version);
        w.Write(data.Fingerprint);
        w.Write(data.TimeTicks);
        w.Write(data.StepNumber);
        w.Write(data.TotalIterations);
        w.Write(data.NonConvergedSteps);
        w.Write(data.RejectedAttempts);
        w.Write(data.NextStepTicks);
        w.Write(BitConverter.DoubleToInt64Bits(data.PreviousError));
        w.Write(data.CurrentValues.Length);
        foreach (var value in data.CurrentValues)
        {
            w.Write(BitConverter.DoubleToInt64Bits(value));
        }

        w.Write(data.DiscreteValues.Length);
        foreach (var bank in data.DiscreteValues)
        {
            w.Write(bank.Length);
            foreach (var value in bank)
            {
                w.Write(value);
            }
        }

        w.Write(data.Components.Count);
        foreach (var (name, state) in data.Components)
        {
            w.Write(name);
            w.Write(state.Length);
            w.Write(state);
        }
    }

    public static CheckpointData Read(Stream stream)
    {
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (r.ReadString() != Magic)
            {
                throw new ValidationException("checkpoint", null, "is not an EnergyCoSim checkpoint (bad magic)");
            }

            var version = r.ReadInt32();
            if (version != Version)
            {
                throw new ValidationException("checkpoint.version", version, $"is not supported (expected {Version})");
            }

            var fingerprint = r.ReadString();
            var time = r.ReadInt64();
            var step = r.ReadInt64();
            var iterations = r.ReadInt64();
            var nonConverged = r.ReadInt64();
            var rejected = r.ReadInt64();
            var next = r.ReadInt64();
            var previousError = BitConverter.Int64BitsToDouble(r.ReadInt64());
            var values = new double[r.ReadInt32()];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = BitConverter.Int64BitsToDouble(r.ReadInt64());
            }

            var discrete = new long[r.ReadInt32()][];
            for (var d = 0; d < discrete.Length; d++)
            {
                discrete[d] = new long[r.ReadInt32()];
                for (var i = 0; i < discrete[d].Length; i++)
                {
                    discrete[d][i] = r.ReadInt64();
                }
            }

            var components = new (string, byte[])[r.ReadInt32()];
            for (var i = 0; i < components.Length; i++)
            {
                var name = r.ReadString();
                components[i] = (name, r.ReadBytes(r.ReadInt32()));
            }

            return new CheckpointData(fingerprint, time, step, iterations, nonConverged, rejected, next, previousError, values, discrete, components);
        }
        catch (EndOfStreamException ex)
        {
            throw new ValidationException("checkpoint", null, $"is truncated ({ex.Message})");
        }
    }
}
