using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Demo;
using Minsheng.Server.Features.Reference;

namespace Minsheng.Server.Tests.Demo;

public sealed class DemoOrderGeneratorTests
{
    /// <summary>Monday 2 March 2026, 10:00 in Beijing.</summary>
    private static readonly DateTime Now = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);

    private static readonly ReferenceSnapshot Refs = DemoCounty.CreateSnapshot();

    [Fact]
    public void SameSeed_GivesTheSameOrders_AnotherSeedDoesNot()
    {
        var first = new DemoOrderGenerator(Refs, 12345, Now).Generate(300);
        var again = new DemoOrderGenerator(Refs, 12345, Now).Generate(300);
        var other = new DemoOrderGenerator(Refs, 54321, Now).Generate(300);

        Assert.Equal(first.Select(Fingerprint), again.Select(Fingerprint));
        Assert.NotEqual(first.Select(o => o.Title), other.Select(o => o.Title));
    }

    [Fact]
    public void ThreeHundredOrders_CoverEveryStatus_MostlyClosed()
    {
        var orders = new DemoOrderGenerator(Refs, 12345, Now).Generate(300);

        Assert.Equal(300, orders.Count);
        var byStatus = orders.GroupBy(o => o.Status).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(Enum.GetValues<WorkOrderStatus>(), s => Assert.True(byStatus.GetValueOrDefault(s) > 0, $"no {s} order"));
        Assert.True(byStatus[WorkOrderStatus.Closed] > 150, $"{byStatus[WorkOrderStatus.Closed]} closed");
        Assert.Equal(byStatus.Values.Max(), byStatus[WorkOrderStatus.Closed]);
    }

    [Fact]
    public void Orders_LookReal_KindsChannelsRequestersAndPlaces()
    {
        var orders = new DemoOrderGenerator(Refs, 12345, Now).Generate(300);

        var kinds = orders.GroupBy(o => o.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(kinds[RequestKind.Complaint] > kinds.GetValueOrDefault(RequestKind.Suggestion));
        Assert.True(kinds[RequestKind.Consultation] > 30);
        Assert.True(kinds[RequestKind.Help] > 20);
        Assert.True(orders.Count(o => o.Channel == Channel.Phone) > 120);
        Assert.True(orders.Count(o => o.Urgency == Urgency.Normal) > 240);
        Assert.Contains(orders, o => o.Urgency == Urgency.Urgent);
        Assert.Contains(orders, o => o.Requester.IsAnonymous && o.Requester.Name is null && o.Requester.Phone is null);
        Assert.Contains(orders, o => o.Requester.IsConfidential);
        Assert.Contains(orders, o => o.Requester.Type == RequesterType.Enterprise);
        Assert.All(orders.Where(o => !o.Requester.IsAnonymous), o =>
        {
            Assert.Matches(@"^1[3-9]\d{9}$", o.Requester.Phone!);
            Assert.NotNull(o.Requester.Name);
        });
        Assert.All(orders, o => Assert.NotNull(Refs.Category(o.CategoryId)));
        Assert.All(orders, o => Assert.True(Refs.IsLeaf(Refs.Category(o.CategoryId)!)));
        Assert.All(orders.Where(o => o.RegionId is not null), o =>
        {
            Assert.Equal(RegionLevel.Village, Refs.Region(o.RegionId)!.Level);
            Assert.StartsWith(Refs.Region(Refs.Region(o.RegionId)!.ParentId)!.Name, o.Location.Address!, StringComparison.Ordinal);
        });
        Assert.True(orders.Count(o => o.RegionId is not null) > 200);
        Assert.All(orders, o => Assert.DoesNotContain('{', o.Title + o.Content + o.Answer));
        Assert.True(orders.Select(o => o.Title).Distinct(StringComparer.Ordinal).Count() > 100);
    }

    [Fact]
    public void Timeline_IsInThePast60Days_InOrder_MostlyInOfficeHours()
    {
        var orders = new DemoOrderGenerator(Refs, 12345, Now).Generate(300);

        Assert.All(orders, o =>
        {
            Assert.True(o.RegisteredAt >= Now.AddDays(-DemoOrderGenerator.HistoryDays - 2) && o.RegisteredAt < Now, $"{o.Number} {o.RegisteredAt:O}");
            Assert.Equal(o.RegisteredAt, o.Events[0].OccurredAt);
            Assert.All(o.Events.Zip(o.Events.Skip(1)), pair => Assert.True(pair.First.OccurredAt <= pair.Second.OccurredAt, o.Number));
            Assert.True(o.Events[^1].OccurredAt < Now);
            Assert.Equal(o.Status, o.Events[^1].ToStatus);
        });
        Assert.True(orders.Count(o => o.RegisteredAt < Now.AddDays(-30)) > 60);
        var officeHours = orders.Count(o => (o.RegisteredAt.AddHours(8).Hour) is >= 8 and < 18);
        Assert.True(officeHours > 200, $"{officeHours} in office hours");
        Assert.Equal(orders.OrderBy(o => o.RegisteredAt).Select(o => o.Number), orders.Select(o => o.Number));
    }

    [Fact]
    public void Lives_UseTheWholeLifecycle_DeadlinesExtensionsReturnsAndOverdue()
    {
        var orders = new DemoOrderGenerator(Refs, 12345, Now).Generate(300);
        var actions = orders.SelectMany(o => o.Events).GroupBy(e => e.Action).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(Enum.GetValues<WorkOrderAction>(), a => Assert.True(actions.GetValueOrDefault(a) > 0, $"no {a}"));
        Assert.All(orders.Where(o => o.Status is WorkOrderStatus.Dispatched or WorkOrderStatus.Accepted), o =>
        {
            Assert.NotNull(o.LeadUnitId);
            Assert.NotNull(o.AcceptBy);
            Assert.NotNull(o.ReplyBy);
        });
        Assert.Contains(orders, o => o.Status == WorkOrderStatus.Accepted && o.ReplyBy < Now);
        Assert.Contains(orders, o => o.Status == WorkOrderStatus.Accepted && o.PendingExtensionUntil is not null);
        Assert.Contains(orders, o => o.Status == WorkOrderStatus.Closed && o.RepliedAt > o.ReplyBy);
        Assert.Contains(orders, o => o.Status == WorkOrderStatus.Closed && o.Satisfaction == Satisfaction.Satisfied);
        Assert.Contains(orders, o => o.Status == WorkOrderStatus.Closed && o.Satisfaction == Satisfaction.BasicallySatisfied);
        Assert.Contains(orders, o => o.Status == WorkOrderStatus.Closed && o.ReopenCount > 0);
        Assert.Contains(orders, o => o.Status == WorkOrderStatus.Closed && o.LeadUnitId is null && o.Kind == RequestKind.Consultation);
        Assert.Contains(orders, o => o.AssistingUnitIds.Count > 0);
        Assert.Contains(orders, o => o.Events.Any(e => e.Action == WorkOrderAction.Redispatch && Refs.Unit(e.ToUnitId)!.Kind == UnitKind.Village));

        var byId = orders.Select((o, i) => (o, i)).ToDictionary(x => x.o, x => x.i);
        Assert.All(orders.Where(o => o.Status == WorkOrderStatus.Merged), o =>
        {
            var comment = o.Events[^1].Comment!;
            var target = orders.Single(t => comment.Contains(t.Number, StringComparison.Ordinal));
            Assert.True(byId[target] < byId[o]);
            Assert.Equal(o.Title, target.Title);
            Assert.True(WorkOrderStateMachine.IsOpen(target.Status));
        });
        Assert.All(orders.SelectMany(o => o.Events), e => Assert.Matches("^(话务员|派单员|回访员|督办员)\\d{2}$|经办人$", e.Actor));
    }

    [Fact]
    public void Dispatch_GoesToTheUnitOfTheResponsibilityList()
    {
        var orders = new DemoOrderGenerator(Refs, 12345, Now).Generate(300);

        foreach (var order in orders.Where(o => o.Status is WorkOrderStatus.Closed && o.ReturnCount == 0 && o.LeadUnitId is not null))
        {
            var dispatch = order.Events.First(e => e.Action == WorkOrderAction.Dispatch);
            Assert.Equal(Refs.ResponsibleUnit(order.CategoryId!.Value, order.RegionId)!.Id, dispatch.ToUnitId);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(10)]
    [InlineData(2000)]
    public void AnyCount_AnySeed_GeneratesValidLives(int count)
    {
        foreach (var seed in new[] { 1, 42, 12345, 987654321 })
        {
            var orders = new DemoOrderGenerator(Refs, seed, Now).Generate(count);
            Assert.Equal(count, orders.Count);
            if (count >= 10)
            {
                Assert.Equal(Enum.GetValues<WorkOrderStatus>().Length, orders.Select(o => o.Status).Distinct().Count());
            }
        }
    }

    [Fact]
    public void Texts_AreOurOwn_NotCopiedFromTheSharedData()
    {
        var folder = SharedDataFolder();
        Assert.SkipWhen(folder is null, "../shared/data is not available");
        var orders = new DemoOrderGenerator(Refs, 12345, Now).Generate(300);
        var titles = orders.Select(o => o.Title).ToHashSet(StringComparer.Ordinal);

        foreach (var file in new[] { "gov-messages-train.tsv", "gov-message-titles-train.tsv", "gov-hot-messages.tsv", "gov-replies.tsv" })
        {
            var path = Path.Combine(folder!, file);
            if (!File.Exists(path))
            {
                continue;
            }

            var text = File.ReadAllText(path);
            var fields = text.Split(['\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.DoesNotContain(fields, titles.Contains);
            foreach (var order in orders)
            {
                Assert.DoesNotContain(order.Content, text, StringComparison.Ordinal);
                Assert.DoesNotContain(order.Answer ?? order.Content, text, StringComparison.Ordinal);
            }
        }
    }

    private static string? SharedDataFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (File.Exists(Path.Combine(candidate, "gov-messages-train.tsv")))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string Fingerprint(WorkOrder o) => string.Join('|',
        o.Number, o.Kind, o.Channel, o.Urgency, o.Title, o.Content, o.Requester, o.Location.Address, o.RegionId, o.CategoryId,
        o.LeadUnitId, o.Status, o.AcceptBy?.Ticks, o.ReplyBy?.Ticks, o.Answer,
        string.Join(';', o.Events.Select(e => $"{e.Action}@{e.OccurredAt.Ticks}/{e.Actor}/{e.ToUnitId}/{e.Comment}/{e.Outcome}")));
}
