using System.Buffers;
using System.Text;
using System.Text.Json;
using EnergyCoSim.Mosaik.Protocol;

namespace EnergyCoSim.Mosaik.Tests;

public sealed class MosaikJsonTests
{
    [Fact]
    public void Parse_BareNonFiniteTokens_ReadsThemAsDoubles()
    {
        using var doc = MosaikJson.Parse(Encoding.UTF8.GetBytes("[NaN, Infinity, -Infinity, 1.5, {\"a\": NaN}]"));
        var root = doc.RootElement;

        Assert.True(double.IsNaN(MosaikJson.GetDouble(root[0])));
        Assert.Equal(double.PositiveInfinity, MosaikJson.GetDouble(root[1]));
        Assert.Equal(double.NegativeInfinity, MosaikJson.GetDouble(root[2]));
        Assert.Equal(1.5, MosaikJson.GetDouble(root[3]));
        Assert.True(double.IsNaN(MosaikJson.GetDouble(root[4].GetProperty("a"))));
    }

    [Fact]
    public void Parse_TokensInsideStrings_LeavesStringsUnchanged()
    {
        using var doc = MosaikJson.Parse(Encoding.UTF8.GetBytes("[\"NaN Infinity\", \"say \\\"NaN\\\"\", \"Infinity\\\\\", NaN]"));
        var root = doc.RootElement;

        Assert.Equal("NaN Infinity", root[0].GetString());
        Assert.Equal("say \"NaN\"", root[1].GetString());
        Assert.Equal("Infinity\\", root[2].GetString());
        Assert.True(double.IsNaN(MosaikJson.GetDouble(root[3])));
    }

    [Fact]
    public void Parse_NotJson_ThrowsJsonException()
    {
        Assert.ThrowsAny<JsonException>(() => MosaikJson.Parse(Encoding.UTF8.GetBytes("[1, Nope]")));
    }

    [Fact]
    public void GetDouble_String_ThrowsFormatException()
    {
        using var doc = JsonDocument.Parse("\"kW\"");

        Assert.Throws<FormatException>(() => MosaikJson.GetDouble(doc.RootElement));
    }

    [Fact]
    public void WriteNumber_NonFiniteValues_WritesPythonTokens()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            MosaikJson.WriteNumber(writer, double.NaN);
            MosaikJson.WriteNumber(writer, double.PositiveInfinity);
            MosaikJson.WriteNumber(writer, double.NegativeInfinity);
            MosaikJson.WriteNumber(writer, 0.1);
            writer.WriteEndArray();
        }

        Assert.Equal("[NaN,Infinity,-Infinity,0.1]", Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
