using Minsheng.Core.Text;

namespace Minsheng.Core.Tests.Text;

public class PinyinInitialsTests
{
    [Theory]
    [InlineData("城市管理", "csgl")]
    [InlineData("市政设施", "szss")]
    [InlineData("噪音扰民", "zyrm")]
    [InlineData("道路交通", "dljt")]
    [InlineData("供水供电", "gsgd")]
    [InlineData("物业管理", "wygl")]
    [InlineData("劳动保障", "ldbz")]
    [InlineData("教育", "jy")]
    [InlineData("医疗卫生", "ylws")]
    [InlineData("环境保护", "hjbh")]
    [InlineData("阿", "a")]
    [InlineData("座", "z")]
    [InlineData("欧", "o")]
    [InlineData("发", "f")]
    [InlineData("恩", "e")]
    public void Common_words_give_their_initials(string text, string initials) =>
        Assert.Equal(initials, PinyinInitials.Of(text));

    [Fact]
    public void Letters_and_digits_pass_through_lower_cased_and_punctuation_is_dropped() =>
        Assert.Equal("12345rx", PinyinInitials.Of("12345 热线！"));

    [Fact]
    public void Characters_outside_the_common_set_are_skipped() =>
        Assert.Equal("", PinyinInitials.Of("𠀀 ·"));
}
