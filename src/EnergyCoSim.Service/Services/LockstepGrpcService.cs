using System.Diagnostics;
using EnergyCoSim.Contracts.V1;
using EnergyCoSim.Core.Errors;
using EnergyCoSim.Service.Mapping;
using EnergyCoSim.Service.Sessions;
using Grpc.Core;

namespace EnergyCoSim.Service.Services;

/// <summary>
/// Lockstep exchange: each input message sets variables and steps once; one output message answers it. A step
/// that takes longer than the input's deadline is still completed (the session stays whole) but flagged missed.
/// </summary>
public sealed class LockstepGrpcService(SessionRegistry registry) : LockstepService.LockstepServiceBase
{
    /// <inheritdoc />
    public override async Task Exchange(IAsyncStreamReader<LockstepInput> requestStream, IServerStreamWriter<LockstepOutput> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(requestStream);
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        var ct = context.CancellationToken;
        Session? session = null;
        while (await requestStream.MoveNext(ct).ConfigureAwait(false))
        {
            var input = requestStream.Current;
            session ??= registry.Get(input.SessionId);
            if (input.Names.Count != input.Values.Count)
            {
                throw new ValidationException("values", input.Values.Count, $"must hold one value per name ({input.Names.Count})");
            }

            var watch = Stopwatch.StartNew();
            var result = await session.RunAsync(
                async s =>
                {
                    if (input.Step != s.Environment.CurrentStep)
                    {
                        throw new ValidationException("step", input.Step, $"must equal the session's next step {s.Environment.CurrentStep}");
                    }

                    for (var i = 0; i < input.Names.Count; i++)
                    {
                        s.Variables.Set(input.Names[i], input.Values[i]);
                    }

                    return await s.StepAsync($"lockstep#{input.Step}", ct).ConfigureAwait(false);
                },
                ct).ConfigureAwait(false);
            var elapsed = watch.Elapsed.TotalMilliseconds;
            var output = new LockstepOutput
            {
                Step = result.Step,
                Time = new SimTime { Ticks = (result.Step + 1) * session.Info.TicksPerStep },
                Market = ResultMapper.ToSummary(result.Market),
                DeadlineMissed = input.DeadlineMs > 0 && elapsed > input.DeadlineMs,
                ElapsedMs = elapsed,
                Done = result.Done,
            };
            output.Agents.AddRange(result.Agents.Select(ResultMapper.ToAgent));
            await responseStream.WriteAsync(output, ct).ConfigureAwait(false);
            if (result.Done)
            {
                return;
            }
        }
    }
}
