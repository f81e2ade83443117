using EnergyCoSim.Core.Errors;
using EnergyCoSim.Service.Errors;
using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;

namespace EnergyCoSim.Service.Tests.Unit;

public sealed class ErrorMappingInterceptorTests
{
    private readonly ErrorMappingInterceptor _interceptor = new(NullLogger<ErrorMappingInterceptor>.Instance);

    [Fact]
    public void Map_UnexpectedException_IsInternalWithAGenericMessage()
    {
        var ex = _interceptor.Map(new InvalidOperationException("secret path /srv/data"), new FakeServerCallContext(DateTime.MaxValue));

        Assert.Equal(StatusCode.Internal, ex.StatusCode);
        Assert.DoesNotContain("secret", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_CancelledAfterTheDeadline_IsDeadlineExceeded()
    {
        var ex = _interceptor.Map(new OperationCanceledException(), new FakeServerCallContext(DateTime.UtcNow.AddSeconds(-1)));

        Assert.Equal(StatusCode.DeadlineExceeded, ex.StatusCode);
    }

    [Fact]
    public void Map_CancelledBeforeTheDeadline_IsCancelled()
    {
        var ex = _interceptor.Map(new OperationCanceledException(), new FakeServerCallContext(DateTime.MaxValue));

        Assert.Equal(StatusCode.Cancelled, ex.StatusCode);
    }

    [Fact]
    public void Map_ConflictAndModel_AreAbortedAndUnavailable()
    {
        var context = new FakeServerCallContext(DateTime.MaxValue);

        Assert.Equal(StatusCode.Aborted, _interceptor.Map(new ConflictException("taken"), context).StatusCode);
        Assert.Equal(StatusCode.Unavailable, _interceptor.Map(new ModelException("solver", "diverged"), context).StatusCode);
    }
}
