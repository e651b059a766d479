using Minsheng.Core.Privacy;

namespace Minsheng.Core.Tests.Privacy;

public sealed class MaskNameTests
{
    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("张三丰", "张**")]
    [InlineData("欧阳娜娜", "欧***")]
    [InlineData("迪丽热巴·迪力木拉提", "迪*********")]
    [InlineData("张", "张")]
    [InlineData(" 李四 ", "李*")]
    public void MaskName_ChineseName_KeepsFirstCharacter(string name, string expected)
    {
        Assert.Equal(expected, PersonalDataMasker.MaskName(name));
    }

    [Theory]
    [InlineData("王女士", "王女士")]
    [InlineData("张先生", "张先生")]
    [InlineData("李老师", "李老师")]
    [InlineData("刘同志", "刘同志")]
    [InlineData("王小明先生", "王**先生")]
    [InlineData("欧阳女士", "欧*女士")]
    [InlineData("王 先生", "王 先生")]
    [InlineData("先生", "先生")]
    public void MaskName_Honorific_KeptAndOnlyTheNameBeforeItMasked(string name, string expected)
    {
        Assert.Equal(expected, PersonalDataMasker.MaskName(name));
    }

    [Theory]
    [InlineData("John Smith", "J***")]
    [InlineData("Li", "L***")]
    [InlineData("Émile Zola", "É***")]
    public void MaskName_LatinName_FirstLetterAndThreeStars(string name, string expected)
    {
        Assert.Equal(expected, PersonalDataMasker.MaskName(name));
    }

    [Fact]
    public void MaskName_CharacterOutsideTheBasicPlane_CountsAsOne()
    {
        Assert.Equal("张*", PersonalDataMasker.MaskName("张\U00020BB7"));
        Assert.Equal("\U00020BB7*", PersonalDataMasker.MaskName("\U00020BB7三"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void MaskName_NullOrEmpty_ReturnedAsIs(string? name)
    {
        Assert.Equal(name, PersonalDataMasker.MaskName(name));
    }

    [Theory]
    [InlineData("张三")]
    [InlineData("欧阳娜娜")]
    [InlineData("王小明先生")]
    [InlineData("王女士")]
    [InlineData("John Smith")]
    public void MaskName_MaskedName_Unchanged(string name)
    {
        var masked = PersonalDataMasker.MaskName(name);

        Assert.Equal(masked, PersonalDataMasker.MaskName(masked));
    }
}
