using System.Security.Cryptography;
using System.Text;

namespace EnergyCoSim.FmuExport;

/// <summary>The FMU's guid / instantiation token: derived from the scenario JSON, so a binary refuses a foreign model description.</summary>
public static class InstantiationToken
{
    /// <summary>"{xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}" from the SHA-256 of <paramref name="scenarioJson"/>.</summary>
    public static string Of(string scenarioJson)
    {
        ArgumentNullException.ThrowIfNull(scenarioJson);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(scenarioJson.ReplaceLineEndings("\n")));
        return "{" + new Guid(hash.AsSpan(0, 16)).ToString("D") + "}";
    }
}
