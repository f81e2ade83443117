using EnergyCoSim.Core.Errors;

namespace EnergyCoSim.Fmi.Tests;

/// <summary>FMI 3 typed access on the Faulty FMU's extra variables: every integer width, Float32/Float64 arrays and Binary.</summary>
public sealed class Fmi3TypedAccessTests : IDisposable
{
    private const uint F32Array = 400, I8 = 401, U8 = 402, I16 = 403, U16 = 404, U32 = 405, I64 = 406, U64 = 407, Blob = 408, F64Array = 409, X = 5;
    private readonly Fmu _fmu;
    private readonly Fmi3Instance _instance;

    public Fmi3TypedAccessTests()
    {
        _fmu = Fmu.Load(TestFmus.PathOf("Faulty", FmiVersion.Fmi3));
        _instance = (Fmi3Instance)_fmu.Instantiate("typed");
        TestFmus.Initialize(_instance);
    }

    [Fact]
    public void ModelDescription_ArrayVariables_HaveDimensionsAndStayOutOfTheComponentView()
    {
        var f32 = _fmu.ModelDescription.Variables.Single(v => v.Name == "f32_array");
        Assert.Equal([new FmiDimension(3, null)], f32.Dimensions);
        Assert.Equal("1.5 2.5 3.5", f32.Start);
        Assert.False(_instance.Description.TryGetVariable("f32_array", out _));
        Assert.True(_instance.Description.TryGetVariable("u64", out _));
    }

    [Fact]
    public void GetSetFloat32_Array_RoundTrips()
    {
        var values = new float[3];
        _instance.GetFloat32([F32Array], values);
        Assert.Equal([1.5f, 2.5f, 3.5f], values);
        _instance.SetFloat32([F32Array], [-1f, 0f, 1e30f]);
        _instance.GetFloat32([F32Array], values);
        Assert.Equal([-1f, 0f, 1e30f], values);
    }

    [Fact]
    public void GetFloat64_ArrayAndScalarTogether_ArePackedInOrder()
    {
        _instance.DoStep(0, 0.5);
        var values = new double[3];
        _instance.GetFloat64([F64Array, X], values);
        Assert.Equal([0.25, 0.75, 0.5], values);
        _instance.SetFloat64([F64Array], [10.0, 20.0]);
        _instance.GetFloat64([F64Array], values.AsSpan(0, 2));
        Assert.Equal([10.0, 20.0], values[..2]);
    }

    [Fact]
    public void GetSetIntegers_EveryWidth_RoundTripsExtremes()
    {
        _instance.SetInt8([I8], [sbyte.MinValue]);
        _instance.SetUInt8([U8], [byte.MaxValue]);
        _instance.SetInt16([I16], [short.MinValue]);
        _instance.SetUInt16([U16], [ushort.MaxValue]);
        _instance.SetUInt32([U32], [uint.MaxValue]);
        _instance.SetInt64([I64], [long.MinValue]);
        _instance.SetUInt64([U64], [ulong.MaxValue]);
        var i8 = new sbyte[1];
        var u8 = new byte[1];
        var i16 = new short[1];
        var u16 = new ushort[1];
        var u32 = new uint[1];
        var i64 = new long[1];
        var u64 = new ulong[1];
        _instance.GetInt8([I8], i8);
        _instance.GetUInt8([U8], u8);
        _instance.GetInt16([I16], i16);
        _instance.GetUInt16([U16], u16);
        _instance.GetUInt32([U32], u32);
        _instance.GetInt64([I64], i64);
        _instance.GetUInt64([U64], u64);
        Assert.Equal((sbyte.MinValue, byte.MaxValue, short.MinValue, ushort.MaxValue, uint.MaxValue, long.MinValue, ulong.MaxValue),
            (i8[0], u8[0], i16[0], u16[0], u32[0], i64[0], u64[0]));
    }

    [Fact]
    public void GetInteger_MixedWidthsThroughComponentApi_ReadsEachWithItsOwnFunction()
    {
        var values = new long[6];
        _instance.GetInteger([I8, U8, I16, U32, I64, 100], values);
        Assert.Equal([-8L, 8, -16, 32, -64, 0], values);
        _instance.SetInteger([I8, U16], [-100, 60000]);
        _instance.GetInteger([I8, U16], values.AsSpan(0, 2));
        Assert.Equal([-100L, 60000], values[..2]);
    }

    [Fact]
    public void SetInteger_OutOfRangeForInt8_ThrowsValidationBeforeNativeCall()
    {
        var ex = Assert.Throws<ValidationException>(() => _instance.SetInteger([I8], [300]));
        Assert.Contains("SByte", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetSetBinary_RoundTrips()
    {
        Assert.Equal([0x0a, 0x0b], _instance.GetBinary([Blob])[0]);
        _instance.SetBinary([Blob], [[1, 2, 3, 4, 5]]);
        Assert.Equal([1, 2, 3, 4, 5], _instance.GetBinary([Blob])[0]);
    }

    [Fact]
    public void GetFloat32_WrongTypeReference_ThrowsNotFound()
    {
        Assert.Throws<NotFoundException>(() => _instance.GetFloat32([I8], new float[1]));
    }

    public void Dispose()
    {
        _instance.Dispose();
        _fmu.Dispose();
    }
}
