using Minsheng.Server.Features.Accounts;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Features.WorkOrders;

namespace Minsheng.Server.Tests.Reference;

/// <summary>The region box resolves typed text by the same rule as the category box (see <see cref="CategorySearchTests"/>).</summary>
public sealed class ReferencePickerTests
{
    private static readonly ReferenceSnapshot Refs = new(
        [
            new Region { Id = 1, Code = "339901", Name = "青溪县", Level = RegionLevel.County },
            new Region { Id = 2, Code = "339901001", Name = "溪城街道", Level = RegionLevel.Township, ParentId = 1 },
            new Region { Id = 3, Code = "339901001001", Name = "南门社区", Level = RegionLevel.Village, ParentId = 2 },
            new Region { Id = 4, Code = "339901101", Name = "白沙镇", Level = RegionLevel.Township, ParentId = 1 },
            new Region { Id = 5, Code = "339901101001", Name = "白沙社区", Level = RegionLevel.Village, ParentId = 4 },
            new Region { Id = 6, Code = "339901101201", Name = "上洋村", Level = RegionLevel.Village, ParentId = 4 },
        ],
        [], [], []);

    [Theory]
    [InlineData("nmsq", "339901001001")] // the initials of the name
    [InlineData("南门", "339901001001")] // part of the name
    [InlineData("339901101201", "339901101201")] // the code
    [InlineData("白沙镇 › 上洋村", "339901101201")] // the path the list shows
    [InlineData("bszsy", "339901101201")] // the initials of the path
    [InlineData("白沙镇", "339901101")] // a name exactly: not the villages below it
    public void Finds_the_one_region_the_operator_means(string typed, string code) =>
        Assert.Equal([code], ReferencePicker.Resolve(Refs, PickerKind.Region, typed).Select(r => r.Code));

    [Fact]
    public void The_path_leaves_out_the_county_every_order_lies_in()
    {
        Assert.Equal("溪城街道 › 南门社区", ReferencePicker.ByCode(Refs, PickerKind.Region, "339901001001")!.Label);
        Assert.Equal("青溪县", ReferencePicker.ByCode(Refs, PickerKind.Region, "339901")!.Label);
        Assert.Equal("nmsq · 339901001001", ReferencePicker.ByCode(Refs, PickerKind.Region, "339901001001")!.Hint);
    }

    [Fact]
    public void Suggestions_put_entries_whose_own_name_starts_with_the_text_first()
    {
        // "bs" is a prefix of 白沙镇's and 白沙社区's initials, and of the path initials of 上洋村 (白沙镇 › 上洋村).
        Assert.Equal(["339901101", "339901101001", "339901101201"], ReferencePicker.Suggest(Refs, PickerKind.Region, "bs").Select(r => r.Code));
        Assert.Single(ReferencePicker.Suggest(Refs, PickerKind.Region, "bs", limit: 1));
    }

    [Fact]
    public void System_actors_are_named_in_chinese_and_people_keep_their_user_name_without_a_lookup()
    {
        Assert.Equal("智能派单", ActorNames.Default(SystemActors.Router.Name));
        Assert.Equal("超时督办", ActorNames.Default(SystemActors.Sweeper.Name));
        Assert.Equal("operator01", ActorNames.Default("operator01"));
        Assert.Equal("智能派单", SystemActorNames.Of("system:router"));

        // A person whose user name happens to be a job's is still that person.
        Assert.Equal("router", ActorNames.Default("router"));
    }
}
