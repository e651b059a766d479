using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Minsheng.Benchmarks.OrderList;

/// <summary>
/// Server time of a request, measured inside the server: a Stopwatch in the outermost middleware, from
/// the moment the pipeline sees the request until the endpoint has written the whole response (Kestrel's
/// parsing and the socket are outside it). The client names a request with <see cref="HeaderName"/> and
/// awaits its time.
/// </summary>
internal sealed class ServerTimings
{
    public const string HeaderName = "X-Bench-Request";

    private readonly ConcurrentDictionary<string, TaskCompletionSource<double>> _pending = new(StringComparer.Ordinal);

    /// <summary>Call before sending the request named <paramref name="id"/>; completes with its server time in ms.</summary>
    public Task<double> Expect(string id)
    {
        var completion = new TaskCompletionSource<double>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = completion;
        return completion.Task;
    }

    private void Record(string id, double milliseconds)
    {
        if (_pending.TryRemove(id, out var completion))
        {
            completion.TrySetResult(milliseconds);
        }
    }

    /// <summary>Puts the timing middleware in front of the whole pipeline.</summary>
    internal sealed class StartupFilter(ServerTimings timings) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                var id = context.Request.Headers[HeaderName].ToString();
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await nextMiddleware(context);
                }
                finally
                {
                    if (id.Length > 0)
                    {
                        timings.Record(id, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                }
            });
            next(app);
        };
    }
}
