using Microsoft.Extensions.Time.Testing;
using Minsheng.Server.Infrastructure.Caching;

namespace Minsheng.Server.Tests.Platform;

/// <summary>The caches of reference data and the calendar: fresh after an edit, never a stall when merely old.</summary>
public sealed class RefreshingValueTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    private readonly Queue<TaskCompletionSource<string>> _loads = new();
    private int _loadCount;

    [Fact]
    public async Task Within_its_lifetime_the_value_is_loaded_once()
    {
        var value = NewValue();
        var first = value.GetAsync(CancellationToken.None);
        Complete("v1");

        Assert.Equal("v1", await first);
        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal("v1", await value.GetAsync(CancellationToken.None));
        Assert.Equal(1, _loadCount);
    }

    [Fact]
    public async Task An_old_value_is_served_at_once_while_one_caller_reloads_it()
    {
        var value = await LoadedAsync("v1");
        _clock.Advance(Lifetime + TimeSpan.FromSeconds(1));

        var reloading = value.GetAsync(CancellationToken.None);
        var meanwhile = value.GetAsync(CancellationToken.None);

        Assert.False(reloading.IsCompleted);
        Assert.True(meanwhile.IsCompletedSuccessfully);
        Assert.Equal("v1", await meanwhile);
        Complete("v2");
        Assert.Equal("v2", await reloading);
        Assert.Equal("v2", await value.GetAsync(CancellationToken.None));
        Assert.Equal(2, _loadCount);
    }

    [Fact]
    public async Task After_an_edit_readers_wait_for_the_new_value()
    {
        var value = await LoadedAsync("v1");

        value.Invalidate();
        var reader = value.GetAsync(CancellationToken.None);

        Assert.False(reader.IsCompleted);
        Complete("v2");
        Assert.Equal("v2", await reader);
    }

    [Fact]
    public async Task A_load_that_began_before_an_edit_is_not_kept_as_fresh()
    {
        var value = NewValue();
        var early = value.GetAsync(CancellationToken.None);
        value.Invalidate();
        Complete("before the edit");
        Assert.Equal("before the edit", await early);

        var next = value.GetAsync(CancellationToken.None);
        Complete("after the edit");

        Assert.Equal("after the edit", await next);
        Assert.Equal(2, _loadCount);
    }

    private RefreshingValue<string> NewValue() => new(_ =>
    {
        _loadCount++;
        var load = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _loads.Enqueue(load);
        return load.Task;
    }, Lifetime, _clock);

    private async Task<RefreshingValue<string>> LoadedAsync(string first)
    {
        var value = NewValue();
        var loading = value.GetAsync(CancellationToken.None);
        Complete(first);
        Assert.Equal(first, await loading);
        return value;
    }

    private void Complete(string result) => _loads.Dequeue().SetResult(result);
}
