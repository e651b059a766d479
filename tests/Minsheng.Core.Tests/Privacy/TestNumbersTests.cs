namespace Minsheng.Core.Tests.Privacy;

public sealed class TestNumbersTests
{
    [Fact]
    public void Fixtures_AreWhatTheTestsAssume()
    {
        Assert.Equal("330784199001011231", TestNumbers.ValidId);
        Assert.Equal("33078419850612101X", TestNumbers.ValidIdEndingInX);
        Assert.NotEqual('4', TestNumbers.CheckCharacter(TestNumbers.IdWithWrongCheckDigit[..17]));
        Assert.False(TestNumbers.Luhn(TestNumbers.IdWithWrongCheckDigit));
        Assert.True(TestNumbers.Luhn(TestNumbers.GroupedCard19.Replace(" ", "", StringComparison.Ordinal)));
        Assert.Equal(16, TestNumbers.Card16.Length);
        Assert.True(TestNumbers.Luhn(TestNumbers.Card16));
        Assert.False(TestNumbers.Luhn(TestNumbers.Card16FailingLuhn));
    }
}
