using EnergyCoSim.Market.Ledger;

namespace EnergyCoSim.Market.Tests.Ledger;

public sealed class PythonFloatFormatTests
{
    // Expected strings are Python 3 repr() outputs.
    [Theory]
    [InlineData(25.0, "25.0")]
    [InlineData(0.225, "0.225")]
    [InlineData(1e-05, "1e-05")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1.5e-07, "1.5e-07")]
    [InlineData(123456789.123, "123456789.123")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(12345678901234567890.0, "1.2345678901234567e+19")]
    [InlineData(0.0, "0.0")]
    [InlineData(100.0, "100.0")]
    [InlineData(1234.5e10, "12345000000000.0")]
    [InlineData(0.00012, "0.00012")]
    public void FormatFloat_MatchesPythonRepr(double value, string expected) =>
        Assert.Equal(expected, LedgerSerialization.FormatFloat(value));

    [Fact]
    public void FormatFloat_NegativeZeroAndNaN()
    {
        Assert.Equal("-0.0", LedgerSerialization.FormatFloat(-0.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => LedgerSerialization.FormatFloat(double.NaN));
    }
}
