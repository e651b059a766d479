using Minsheng.Server.Features.Reference;

namespace Minsheng.Server.Tests.Reference;

public sealed class CategorySearchTests
{
    private static readonly ReferenceSnapshot Refs = new(
        [], [],
        [
            new Category { Id = 1, Code = "02", Name = "城市管理" },
            new Category { Id = 2, Code = "0202", Name = "市政设施", ParentId = 1 },
            new Category { Id = 3, Code = "020202", Name = "路灯不亮", ParentId = 2 },
            new Category { Id = 4, Code = "020203", Name = "井盖缺失", ParentId = 2 },
            new Category { Id = 5, Code = "020204", Name = "路面破损", ParentId = 2 },
            new Category { Id = 6, Code = "020205", Name = "路灯白天常亮", ParentId = 2, IsActive = false },
        ],
        []);

    [Theory]
    [InlineData("ldbl", "020202")] // the initials of the name
    [InlineData("LDBL", "020202")]
    [InlineData("jg", "020203")] // a prefix of the initials
    [InlineData("szssjgqs", "020203")] // the initials of the path
    [InlineData("路灯", "020202")] // part of the name (the inactive 路灯白天常亮 is not offered)
    [InlineData("020204", "020204")] // the code
    [InlineData("城市管理 › 市政设施 › 路面破损", "020204")] // the path the list shows
    public void Finds_the_one_leaf_the_operator_means(string typed, string code) =>
        Assert.Equal([code], CategorySearch.Find(Refs, typed).Select(c => c.Code));

    [Fact]
    public void Several_matches_are_all_returned_so_the_operator_can_choose() =>
        Assert.Equal(["020202", "020204"], CategorySearch.Find(Refs, "l").Select(c => c.Code).Order());

    [Theory]
    [InlineData("qqqq")]
    [InlineData("市政设施")] // a group, not a leaf: orders are filed under leaves
    [InlineData("  ")]
    public void Nothing_matches_what_no_leaf_is_called(string typed) =>
        Assert.Empty(CategorySearch.Find(Refs, typed));

    [Fact]
    public void The_hint_beside_each_option_gives_its_initials_and_code() =>
        Assert.Equal("ldbl · 020202", CategorySearch.Hint(Refs.CategoryByCode("020202")!));
}
