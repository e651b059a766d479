using Minsheng.Server.Features.WorkOrders;

namespace Minsheng.Server.Tests.WorkOrders;

public sealed class NumberSearchTermsTests
{
    [Theory]
    [InlineData("20261129-000123", "000123", "20261129-000123")]
    [InlineData("20261129000123", "000123", "20261129-000123")]
    [InlineData("000123", "000123", null)]
    [InlineData("123", "000123", null)]
    [InlineData("1129-123", "000123", "1129-000123")]
    [InlineData("29000123", "000123", "29-000123")]
    [InlineData("-123", "000123", null)]
    public void Parse_AnEntryOfDigits_NamesTheNumbersCounterAndTheEndOfItsDate(string entry, string counter, string? suffix)
    {
        var terms = NumberSearchTerms.Parse(entry);

        Assert.NotNull(terms);
        Assert.Equal(counter, terms.Counter);
        Assert.Equal(suffix, terms.NumberSuffix);
    }

    [Theory]
    [InlineData("5678", "5678")]
    [InlineData("138 1234 5678", "13812345678")]
    [InlineData("(0571) 8888-5678", "057188885678")]
    [InlineData("+86 13812345678", "8613812345678")]
    [InlineData("678", null)]
    public void Parse_AnEntryOfDigits_GivesThePhoneDigitsFromFourOn(string entry, string? phone)
    {
        Assert.Equal(phone, NumberSearchTerms.Parse(entry)?.PhoneDigits);
    }

    [Theory]
    [InlineData("路灯")]
    [InlineData("3栋")]
    [InlineData("12345 路灯")]
    [InlineData("abc-123")]
    public void Parse_WordsOrMixedText_IsNoNumber(string entry)
    {
        Assert.Null(NumberSearchTerms.Parse(entry));
    }
}
