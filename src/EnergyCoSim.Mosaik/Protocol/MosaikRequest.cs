using System.Text.Json;

namespace EnergyCoSim.Mosaik.Protocol;

/// <summary>An incoming request <c>[0, id, [method, args, kwargs]]</c>; the elements are valid only while it is handled.</summary>
/// <param name="Id">The id chosen by the peer, echoed in the reply.</param>
/// <param name="Method">The method name.</param>
/// <param name="Args">Positional arguments (a JSON array).</param>
/// <param name="Kwargs">Keyword arguments (a JSON object, or undefined when the peer sent none).</param>
public sealed record MosaikRequest(long Id, string Method, JsonElement Args, JsonElement Kwargs)
{
    /// <summary>Number of positional arguments.</summary>
    public int ArgCount => Args.GetArrayLength();

    /// <summary>Positional argument <paramref name="index"/>, or undefined when absent.</summary>
    public JsonElement Arg(int index) => index < Args.GetArrayLength() ? Args[index] : default;

    /// <summary>Keyword argument <paramref name="name"/>, or undefined when absent.</summary>
    public JsonElement Kwarg(string name) =>
        Kwargs.ValueKind == JsonValueKind.Object && Kwargs.TryGetProperty(name, out var value) ? value : default;
}
