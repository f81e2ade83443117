using System.Globalization;
using System.Net;
using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Mosaik.Hosting;

/// <summary>A <c>HOST:PORT</c> address as mosaik writes it (<c>%(addr)s</c>, <c>connect</c>); IPv6 hosts in brackets.</summary>
/// <param name="Host">Host name or IP literal.</param>
/// <param name="Port">TCP port (0 = any free port when listening).</param>
public sealed record MosaikAddress(string Host, int Port)
{
    /// <summary>Parses <c>HOST:PORT</c>, <c>[v6]:PORT</c> or a bare <c>PORT</c> (loopback).</summary>
    /// <exception cref="ValidationException">The text is not an address.</exception>
    public static MosaikAddress Parse(string text, string field = "addr")
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.LastIndexOf(':');
        var host = colon < 0 ? "127.0.0.1" : text[..colon].Trim('[', ']');
        var portText = colon < 0 ? text : text[(colon + 1)..];
        if (host.Length == 0 || !int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > IPEndPoint.MaxPort)
        {
            throw new ValidationException(field, text, "must be HOST:PORT with a port in [0, 65535]");
        }

        return new MosaikAddress(host, port);
    }

    /// <summary>Resolves the host (IP literals without DNS).</summary>
    public async Task<IPEndPoint> ResolveAsync(CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(Host, out var ip))
        {
            return new IPEndPoint(ip, Port);
        }

        var addresses = await Dns.GetHostAddressesAsync(Host, cancellationToken).ConfigureAwait(false);
        return addresses.Length > 0
            ? new IPEndPoint(addresses[0], Port)
            : throw new NotFoundException("host", Host, "DNS returned no address");
    }

    /// <inheritdoc />
    public override string ToString() => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}
