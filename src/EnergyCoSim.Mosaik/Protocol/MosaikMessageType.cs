namespace EnergyCoSim.Mosaik.Protocol;

/// <summary>The first element of every mosaik message: <c>[type, id, content]</c>.</summary>
public enum MosaikMessageType
{
    /// <summary>A call: content is <c>[method, [args], {kwargs}]</c>.</summary>
    Request = 0,

    /// <summary>A success reply: content is the return value.</summary>
    Success = 1,

    /// <summary>A failure reply: content is a list of strings (exception type, message, details).</summary>
    Failure = 2,
}
