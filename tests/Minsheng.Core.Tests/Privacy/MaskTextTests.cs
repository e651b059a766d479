using Minsheng.Core.Privacy;

namespace Minsheng.Core.Tests.Privacy;

public sealed class MaskTextTests
{
    [Fact]
    public void MaskText_CallerIntroduction_MasksPhoneAndIdKeepsTheRest()
    {
        var text = $"我是张先生，电话13812345678，身份证号{TestNumbers.ValidId}";

        Assert.Equal("我是张先生，电话138****5678，身份证号330784********1231", PersonalDataMasker.MaskText(text));
        Assert.Equal(PersonalDataKinds.Mobile | PersonalDataKinds.IdCard, PersonalDataMasker.Detect(text));
    }

    [Theory]
    [InlineData("电话13812345678", "电话138****5678")]
    [InlineData("电话 138 1234 5678 联系", "电话 138****5678 联系")]
    [InlineData("电话138-1234-5678", "电话138****5678")]
    [InlineData("电话138.1234.5678", "电话138****5678")]
    [InlineData("电话+86 13812345678", "电话138****5678")]
    [InlineData("电话+86-138-1234-5678", "电话138****5678")]
    [InlineData("电话0086 138 1234 5678", "电话138****5678")]
    [InlineData("电话8613812345678", "电话138****5678")]
    [InlineData("手机：15905791234。", "手机：159****1234。")]
    [InlineData("13812345678", "138****5678")]
    [InlineData("联系人李女士19912345678/17712345678", "联系人李女士199****5678/177****5678")]
    [InlineData("手机：１３８１２３４５６７８。", "手机：１３８****５６７８。")]
    public void MaskText_MobileNumbers_KeepFirstThreeAndLastFour(string text, string expected)
    {
        Assert.Equal(expected, PersonalDataMasker.MaskText(text));
        Assert.Equal(PersonalDataKinds.Mobile, PersonalDataMasker.Detect(text));
    }

    [Theory]
    [InlineData("座机0579-87654321转8001", "座机0579-****4321转8001")]
    [InlineData("座机(0579)87654321", "座机(0579)****4321")]
    [InlineData("座机（0579）87654321", "座机（0579）****4321")]
    [InlineData("座机0579 8765432", "座机0579 ****5432")]
    [InlineData("北京010-62345678", "北京010-****5678")]
    [InlineData("座机057987654321。", "座机0579****4321。")]
    public void MaskText_Landlines_KeepAreaCodeAndLastFour(string text, string expected)
    {
        Assert.Equal(expected, PersonalDataMasker.MaskText(text));
        Assert.Equal(PersonalDataKinds.Landline, PersonalDataMasker.Detect(text));
    }

    [Fact]
    public void MaskText_IdEndingInX_KeepsFirstSixAndLastFour()
    {
        var text = $"身份证：{TestNumbers.ValidIdEndingInX}，请核实";

        Assert.Equal("身份证：330784********101X，请核实", PersonalDataMasker.MaskText(text));
        Assert.Equal(PersonalDataKinds.IdCard, PersonalDataMasker.Detect(text));
    }

    [Fact]
    public void MaskText_IdWithLowercaseX_KeepsItsCase()
    {
        var text = $"证件号{TestNumbers.ValidIdEndingInX.ToLowerInvariant()}";

        Assert.Equal("证件号330784********101x", PersonalDataMasker.MaskText(text));
    }

    [Fact]
    public void MaskText_IdGroupedSixEightFour_Masked()
    {
        var id = TestNumbers.ValidId;
        var text = $"身份证 {id[..6]} {id[6..14]} {id[14..]} 。";

        Assert.Equal("身份证 330784********1231 。", PersonalDataMasker.MaskText(text));
    }

    [Fact]
    public void MaskText_OldFifteenDigitId_Masked()
    {
        var text = $"老身份证号{TestNumbers.OldId}还能用吗";

        Assert.Equal("老身份证号330784********2123还能用吗", PersonalDataMasker.MaskText(text));
        Assert.Equal(PersonalDataKinds.IdCard, PersonalDataMasker.Detect(text));
    }

    [Fact]
    public void MaskText_IdThatAlsoPassesLuhn_IsAnIdNotACard()
    {
        Assert.True(TestNumbers.Luhn(TestNumbers.ValidId));

        Assert.Equal(PersonalDataKinds.IdCard, PersonalDataMasker.Detect($"号码{TestNumbers.ValidId}"));
    }

    [Fact]
    public void MaskText_GroupedNineteenDigitCard_KeepsFirstAndLastFour()
    {
        var text = $"退款请打到卡号{TestNumbers.GroupedCard19}，户名张三";

        Assert.Equal("退款请打到卡号6222****0128，户名张三", PersonalDataMasker.MaskText(text));
        Assert.Equal(PersonalDataKinds.BankCard, PersonalDataMasker.Detect(text));
    }

    [Fact]
    public void MaskText_CardGroupedWithHyphensOrUngrouped_Masked()
    {
        var card = TestNumbers.Card16;
        var hyphenated = string.Join('-', card.Chunk(4).Select(group => new string(group)));

        Assert.Equal($"卡号{card[..4]}****{card[^4..]}。", PersonalDataMasker.MaskText($"卡号{card}。"));
        Assert.Equal($"卡号{card[..4]}****{card[^4..]}。", PersonalDataMasker.MaskText($"卡号{hyphenated}。"));
    }

    [Fact]
    public void MaskText_GroupedCardFollowedByShortNumber_MasksOnlyTheCard()
    {
        var card = TestNumbers.Card16;
        var grouped = string.Join(' ', card.Chunk(4).Select(group => new string(group)));
        Assert.False(TestNumbers.Luhn(card + "3"));

        Assert.Equal($"卡号{card[..4]}****{card[^4..]} 3张", PersonalDataMasker.MaskText($"卡号{grouped} 3张"));
    }

    [Fact]
    public void MaskText_EveryKindInOneReply_MasksEachAndDetectsAll()
    {
        var text = $"张三（身份证{TestNumbers.ValidIdEndingInX}，手机138 1234 5678，座机0579-87654321）"
            + $"反映补贴未到账，银行卡{TestNumbers.GroupedCard19}。";

        Assert.Equal(
            "张三（身份证330784********101X，手机138****5678，座机0579-****4321）反映补贴未到账，银行卡6222****0128。",
            PersonalDataMasker.MaskText(text));
        Assert.Equal(
            PersonalDataKinds.Mobile | PersonalDataKinds.Landline | PersonalDataKinds.IdCard | PersonalDataKinds.BankCard,
            PersonalDataMasker.Detect(text));
    }

    public static TheoryData<string> NotPersonal => new()
    {
        "工单20261129-000123已受理",
        "2026年3月2日上午10点到现场",
        "2026-03-02 10:30，2026.03.02",
        "罚款3000元，合计1,234.56元",
        "幸福小区3栋2单元501室",
        "邮编321300，2026年",
        "号码12345678901不是手机",
        $"一串数字{TestNumbers.IdWithWrongCheckDigit}",
        $"卡号{TestNumbers.Card16FailingLuhn}",
        "拨打12345或95588咨询",
        "订单号2026112900012345678901",
        "面积86.5平方米，12:30-13:30",
    };

    [Theory]
    [MemberData(nameof(NotPersonal))]
    public void MaskText_NothingPersonal_Unchanged(string text)
    {
        Assert.Same(text, PersonalDataMasker.MaskText(text));
        Assert.Equal(PersonalDataKinds.None, PersonalDataMasker.Detect(text));
    }

    [Fact]
    public void MaskText_DatePrefixedSerialPassingLuhn_NotACard()
    {
        var serial = TestNumbers.LuhnComplete("202611290001234");

        Assert.Equal(PersonalDataKinds.None, PersonalDataMasker.Detect($"流水号{serial}"));
    }

    [Theory]
    [InlineData("电话138123456789")] // 12 digits
    [InlineData("编号113812345678")] // digit in front
    [InlineData("电话1381234567")] // 10 digits
    public void MaskText_MobileInsideLongerDigitRun_Unchanged(string text)
    {
        Assert.Equal(text, PersonalDataMasker.MaskText(text));
    }

    public static TheoryData<string> Samples => new()
    {
        $"我是张先生，电话13812345678，身份证号{TestNumbers.ValidId}",
        $"身份证{TestNumbers.ValidIdEndingInX}，手机+86 138 1234 5678，座机（0579）87654321，卡{TestNumbers.GroupedCard19}",
        $"老证{TestNumbers.OldId}，卡{TestNumbers.Card16}，电话057987654321",
        "手机：１３８１２３４５６７８。",
        "工单20261129-000123，2026年3月2日上午10点，罚款3000元",
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void MaskText_AlreadyMasked_Unchanged(string text)
    {
        var masked = PersonalDataMasker.MaskText(text);

        Assert.Equal(masked, PersonalDataMasker.MaskText(masked));
        Assert.Equal(PersonalDataKinds.None, PersonalDataMasker.Detect(masked));
    }

    [Fact]
    public void MaskText_EmptyText_Empty()
    {
        Assert.Equal(string.Empty, PersonalDataMasker.MaskText(string.Empty));
        Assert.Equal(PersonalDataKinds.None, PersonalDataMasker.Detect(string.Empty));
    }

    [Fact]
    public void MaskText_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => PersonalDataMasker.MaskText(null!));
    }
}
