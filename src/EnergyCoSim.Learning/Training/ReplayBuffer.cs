using EnergyCoSim.Learning.Rollouts;
using EnergyCoSim.Simulation.Spaces;

namespace EnergyCoSim.Learning.Training;

/// <summary>
/// SAC's ring buffer of joint transitions in managed arrays (raw observations, squashed actions in [-1, 1], raw rewards,
/// next raw observations, terminal flag). Kept out of libtorch so no tensor outlives an update; batches are copied out.
/// </summary>
internal sealed class ReplayBuffer
{
    private const int FileMagic = 0x53414352; // "SACR"
    private readonly int _agents;
    private readonly int _obsRow;
    private readonly int _actRow;
    private readonly float[] _observations;
    private readonly float[] _nextObservations;
    private readonly float[] _actions;
    private readonly float[] _rewards;
    private readonly float[] _done;
    private int _next;

    public ReplayBuffer(int capacity, int agents, int observationSize)
    {
        Capacity = capacity;
        _agents = agents;
        _obsRow = agents * observationSize;
        _actRow = agents * ActionBox.Size;
        if ((long)capacity * _obsRow > Array.MaxLength)
        {
            throw new Core.Errors.ValidationException("replay_capacity", capacity, $"times {_obsRow} observation values per transition must stay under {Array.MaxLength}");
        }

        _observations = new float[capacity * _obsRow];
        _nextObservations = new float[capacity * _obsRow];
        _actions = new float[capacity * _actRow];
        _rewards = new float[capacity * agents];
        _done = new float[capacity];
    }

    public int Capacity { get; }

    public int Count { get; private set; }

    /// <summary>Appends every step of <paramref name="d"/>, overwriting the oldest transitions when full.</summary>
    public void Add(EpisodeData d)
    {
        for (var t = 0; t < d.Length; t++)
        {
            var i = _next;
            d.RawObservations.AsSpan(t * _obsRow, _obsRow).CopyTo(_observations.AsSpan(i * _obsRow, _obsRow));
            d.RawObservations.AsSpan((t + 1) * _obsRow, _obsRow).CopyTo(_nextObservations.AsSpan(i * _obsRow, _obsRow));
            var latent = d.LatentRow(t);
            for (var k = 0; k < _actRow; k++)
            {
                _actions[(i * _actRow) + k] = MathF.Tanh(latent[k]);
            }

            for (var a = 0; a < _agents; a++)
            {
                _rewards[(i * _agents) + a] = (float)d.Rewards[(t * _agents) + a];
            }

            // Only a real end stops bootstrapping; an episode cut at MaxSteps still has a future.
            _done[i] = t == d.Length - 1 && d.Terminated ? 1f : 0f;
            _next = (_next + 1) % Capacity;
            Count = Math.Min(Count + 1, Capacity);
        }
    }

    public ReadOnlySpan<float> Observations(int row) => _observations.AsSpan(row * _obsRow, _obsRow);

    public ReadOnlySpan<float> NextObservations(int row) => _nextObservations.AsSpan(row * _obsRow, _obsRow);

    public ReadOnlySpan<float> Actions(int row) => _actions.AsSpan(row * _actRow, _actRow);

    public ReadOnlySpan<float> Rewards(int row) => _rewards.AsSpan(row * _agents, _agents);

    public float Done(int row) => _done[row];

    /// <summary>Writes the filled part and the write position (for exact resumes when the checkpoint keeps the buffer).</summary>
    public void Save(string path)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(FileMagic);
        writer.Write(Capacity);
        writer.Write(_obsRow);
        writer.Write(_actRow);
        writer.Write(Count);
        writer.Write(_next);
        Write(writer, _observations, Count * _obsRow);
        Write(writer, _nextObservations, Count * _obsRow);
        Write(writer, _actions, Count * _actRow);
        Write(writer, _rewards, Count * _agents);
        Write(writer, _done, Count);
    }

    /// <summary>Reads what <see cref="Save"/> wrote; the shape must match this buffer's.</summary>
    public void Load(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        if (reader.ReadInt32() != FileMagic)
        {
            throw new Core.Errors.ValidationException(path, null, "is not a replay buffer file");
        }

        var capacity = reader.ReadInt32();
        var obsRow = reader.ReadInt32();
        var actRow = reader.ReadInt32();
        if (capacity != Capacity || obsRow != _obsRow || actRow != _actRow)
        {
            throw new Core.Errors.ValidationException("replay_capacity", capacity, $"replay file shape ({capacity}, {obsRow}, {actRow}) differs from ({Capacity}, {_obsRow}, {_actRow})");
        }

        Count = reader.ReadInt32();
        _next = reader.ReadInt32();
        Read(reader, _observations, Count * _obsRow);
        Read(reader, _nextObservations, Count * _obsRow);
        Read(reader, _actions, Count * _actRow);
        Read(reader, _rewards, Count * _agents);
        Read(reader, _done, Count);
    }

    private static void Write(BinaryWriter writer, float[] data, int length) =>
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(data.AsSpan(0, length)));

    private static void Read(BinaryReader reader, float[] data, int length)
    {
        reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(data.AsSpan(0, length)));
    }
}
