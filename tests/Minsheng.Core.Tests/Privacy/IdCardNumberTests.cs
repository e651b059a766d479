using Minsheng.Core.Privacy;

namespace Minsheng.Core.Tests.Privacy;

public sealed class IdCardNumberTests
{
    [Fact]
    public void IsValid_CorrectCheckDigit_True()
    {
        Assert.True(IdCardNumber.IsValid(TestNumbers.ValidId));
    }

    [Fact]
    public void IsValid_CheckCharacterX_TrueInEitherCase()
    {
        Assert.True(IdCardNumber.IsValid(TestNumbers.ValidIdEndingInX));
        Assert.True(IdCardNumber.IsValid(TestNumbers.ValidIdEndingInX.ToLowerInvariant()));
    }

    [Fact]
    public void IsValid_EveryWrongCheckCharacter_False()
    {
        var body = TestNumbers.ValidId[..17];
        foreach (var wrong in "0123456789X".Where(c => c != TestNumbers.ValidId[17]))
        {
            Assert.False(IdCardNumber.IsValid(body + wrong));
        }
    }

    [Theory]
    [InlineData("3307841990023012")] // 1990-02-30
    [InlineData("3307841899010112")] // born 1899
    [InlineData("3307841990130112")] // month 13
    [InlineData("0007841990010112")] // no such province
    [InlineData("3307842100010112")] // born 2100
    public void IsValid_ImplausibleFields_FalseEvenWithRightCheckDigit(string first16)
    {
        var first17 = first16 + "3";
        Assert.False(IdCardNumber.IsValid(TestNumbers.IdCard(first17)));
    }

    [Fact]
    public void IsValid_LeapDay_True()
    {
        Assert.True(IdCardNumber.IsValid(TestNumbers.IdCard("33078420000229123")));
        Assert.False(IdCardNumber.IsValid(TestNumbers.IdCard("33078419000229123")));
    }

    [Theory]
    [InlineData(TestNumbers.OldId, true)]
    [InlineData("330784850230123", false)] // Feb 30
    [InlineData("330784851312123", false)] // month 13
    [InlineData("000784850612123", false)] // no such province
    [InlineData("33078485061212X", false)]
    public void IsValid_FifteenDigits_ChecksRegionAndDate(string candidate, bool expected)
    {
        Assert.Equal(expected, IdCardNumber.IsValid(candidate));
    }

    [Theory]
    [InlineData("")]
    [InlineData("33078419900101123")]
    [InlineData("3307841990010112311")]
    [InlineData("330784 19900101 1231")]
    [InlineData("33078419900101123a")]
    public void IsValid_WrongLengthOrCharacters_False(string candidate)
    {
        Assert.False(IdCardNumber.IsValid(candidate));
    }
}
