namespace Minsheng.Server.Infrastructure.Caching;

/// <summary>
/// A value loaded from the database and kept for <c>lifetime</c>. After <see cref="Invalidate"/> (an edit in this
/// process) the next readers wait for a fresh load, so they see the edit. A value that has only grown old is still
/// served to everyone but the one caller that reloads it: a reload never stalls the requests behind it. A load that
/// began before an invalidation is not kept as fresh.
/// </summary>
public sealed class RefreshingValue<T>(Func<CancellationToken, Task<T>> load, TimeSpan lifetime, TimeProvider time)
    where T : class
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    // A reference, not a tuple: readers outside the gate must never see a half-written entry.
    private volatile Entry? _current;
    private long _generation;

    public async Task<T> GetAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var current = Valid(_current);
        if (current is not null && now - current.LoadedAt < lifetime)
        {
            return current.Value;
        }

        if (current is not null)
        {
            // Old, not wrong: whoever finds the gate open reloads, everyone else keeps the old value meanwhile.
            if (!_gate.Wait(0))
            {
                return current.Value;
            }
        }
        else
        {
            await _gate.WaitAsync(cancellationToken);
        }

        try
        {
            if (Valid(_current) is { } fresh && now - fresh.LoadedAt < lifetime)
            {
                return fresh.Value;
            }

            var generation = Interlocked.Read(ref _generation);
            var value = await load(cancellationToken);
            _current = new Entry(value, now, generation);
            return value;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Call after saving an edit: the next read loads again and waits for it.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _current = null;
    }

    private Entry? Valid(Entry? entry) => entry is not null && entry.Generation == Interlocked.Read(ref _generation) ? entry : null;

    private sealed record Entry(T Value, DateTimeOffset LoadedAt, long Generation);
}
