using Minsheng.Core.Calendar;

namespace Minsheng.Core.Tests.Calendar;

public sealed class TimeLimitTests
{
    [Fact]
    public void Factories_SetAmountAndUnit()
    {
        Assert.Equal(new TimeLimit(2, TimeLimitUnit.Hours), TimeLimit.Hours(2));
        Assert.Equal(new TimeLimit(4, TimeLimitUnit.WorkingHours), TimeLimit.WorkingHours(4));
        Assert.Equal(new TimeLimit(5, TimeLimitUnit.WorkingDays), TimeLimit.WorkingDays(5));
        Assert.Equal(new TimeLimit(60, TimeLimitUnit.Days), TimeLimit.Days(60));
    }

    [Theory]
    [InlineData(2, TimeLimitUnit.Hours, "2小时", "2h")]
    [InlineData(4, TimeLimitUnit.WorkingHours, "4个工作小时", "4wh")]
    [InlineData(5, TimeLimitUnit.WorkingDays, "5个工作日", "5wd")]
    [InlineData(60, TimeLimitUnit.Days, "60天", "60d")]
    public void ToString_EachUnit_ChineseAndInvariantForms(int amount, TimeLimitUnit unit, string chinese, string invariant)
    {
        var limit = new TimeLimit(amount, unit);

        Assert.Equal(chinese, limit.ToString());
        Assert.Equal(invariant, limit.ToInvariantString());
        Assert.True(TimeLimit.TryParse(invariant, out var parsed));
        Assert.Equal(limit, parsed);
    }

    [Theory]
    [InlineData("2h", 2, TimeLimitUnit.Hours)]
    [InlineData("4wh", 4, TimeLimitUnit.WorkingHours)]
    [InlineData("5wd", 5, TimeLimitUnit.WorkingDays)]
    [InlineData("60d", 60, TimeLimitUnit.Days)]
    [InlineData(" 10WD ", 10, TimeLimitUnit.WorkingDays)]
    [InlineData("007wh", 7, TimeLimitUnit.WorkingHours)]
    public void TryParse_CompactForm_Parses(string text, int amount, TimeLimitUnit unit)
    {
        Assert.True(TimeLimit.TryParse(text, out var limit));
        Assert.Equal(new TimeLimit(amount, unit), limit);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("h")]
    [InlineData("wd")]
    [InlineData("0h")]
    [InlineData("-1d")]
    [InlineData("+1d")]
    [InlineData("1.5h")]
    [InlineData("5 wd")]
    [InlineData("5w")]
    [InlineData("5x")]
    [InlineData("5")]
    [InlineData("5个工作日")]
    [InlineData("99999999999wd")]
    public void TryParse_Invalid_ReturnsFalse(string? text)
    {
        Assert.False(TimeLimit.TryParse(text, out var limit));
        Assert.Equal(default, limit);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Create_NonPositiveAmount_ThrowsArgumentOutOfRange(int amount)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeLimit.Hours(amount));
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeLimit.WorkingHours(amount));
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeLimit.WorkingDays(amount));
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeLimit.Days(amount));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimeLimit(amount, TimeLimitUnit.Days));
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeLimit.Days(1) with { Amount = amount });
    }

    [Fact]
    public void Create_UnknownUnit_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimeLimit(1, (TimeLimitUnit)42));
    }

    [Fact]
    public void With_ValidAmount_ChangesAmountOnly()
    {
        Assert.Equal(TimeLimit.WorkingDays(3), TimeLimit.WorkingDays(1) with { Amount = 3 });
    }
}
