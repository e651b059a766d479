using Minsheng.Core.Privacy;

namespace Minsheng.Core.Tests.Privacy;

public sealed class BankCardNumberTests
{
    [Theory]
    [InlineData("6222021234567890128", true)]
    [InlineData("4111111111111111", true)]
    [InlineData("79927398713", true)]
    [InlineData("79927398710", false)]
    [InlineData("6222021234567890127", false)]
    public void PassesLuhn_KnownNumbers_Expected(string digits, bool expected)
    {
        Assert.Equal(expected, BankCardNumber.PassesLuhn(digits));
    }

    [Fact]
    public void PassesLuhn_AgreesWithIndependentImplementation()
    {
        for (var i = 0; i < 200; i++)
        {
            var digits = (6222021234567000L + (i * 7919L)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(TestNumbers.Luhn(digits), BankCardNumber.PassesLuhn(digits));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("6222 0212 3456 7890 128")]
    [InlineData("62220212345678901２8")]
    public void PassesLuhn_NotPlainDigits_False(string digits)
    {
        Assert.False(BankCardNumber.PassesLuhn(digits));
    }
}
