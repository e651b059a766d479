using Minsheng.Core.Privacy;

namespace Minsheng.Core.Tests.Privacy;

public sealed class MaskPhoneTests
{
    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("138-1234-5678", "138****5678")]
    [InlineData("138 1234 5678", "138****5678")]
    [InlineData("+86 138 1234 5678", "138****5678")]
    [InlineData("+8613812345678", "138****5678")]
    [InlineData("0086-13812345678", "138****5678")]
    [InlineData(" 13812345678 ", "138****5678")]
    [InlineData("0579-87654321", "0579-****4321")]
    [InlineData("(0579)87654321", "(0579)****4321")]
    [InlineData("010 62345678", "010 ****5678")]
    public void MaskPhone_MobileOrLandline_KeepsPrefixAndLastFour(string phone, string expected)
    {
        Assert.Equal(expected, PersonalDataMasker.MaskPhone(phone));
    }

    [Theory]
    [InlineData("12345", "***45")]
    [InlineData("87654321", "******21")]
    [InlineData("12345678901", "*********01")]
    [InlineData("13812345678转8001", "**************01")]
    [InlineData("7", "7")]
    public void MaskPhone_ShortOrOddValue_MasksAllButLastTwo(string phone, string expected)
    {
        Assert.Equal(expected, PersonalDataMasker.MaskPhone(phone));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void MaskPhone_NullOrEmpty_ReturnedAsIs(string? phone)
    {
        Assert.Equal(phone, PersonalDataMasker.MaskPhone(phone));
    }

    [Theory]
    [InlineData("13812345678")]
    [InlineData("+86 138 1234 5678")]
    [InlineData("0579-87654321")]
    [InlineData("(0579)87654321")]
    [InlineData("057987654321")]
    [InlineData("12345")]
    [InlineData("13812345678转8001")]
    public void MaskPhone_MaskedValue_Unchanged(string phone)
    {
        var masked = PersonalDataMasker.MaskPhone(phone);

        Assert.Equal(masked, PersonalDataMasker.MaskPhone(masked));
    }
}
