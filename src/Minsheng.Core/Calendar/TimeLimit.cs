using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Minsheng.Core.Calendar;

/// <summary>
/// A time limit (时限) such as "5个工作日". <see cref="Amount"/> is always positive (except for
/// <c>default(TimeLimit)</c>, which <see cref="WorkingCalendar.Add"/> rejects).
/// </summary>
public readonly record struct TimeLimit(int Amount, TimeLimitUnit Unit)
{
    private readonly int _amount = CheckAmount(Amount);
    private readonly TimeLimitUnit _unit = CheckUnit(Unit);

    public int Amount
    {
        get => _amount;
        init => _amount = CheckAmount(value);
    }

    public TimeLimitUnit Unit
    {
        get => _unit;
        init => _unit = CheckUnit(value);
    }

    /// <summary>Clock hours.</summary>
    public static TimeLimit Hours(int amount) => new(amount, TimeLimitUnit.Hours);

    /// <summary>Working hours (工作小时).</summary>
    public static TimeLimit WorkingHours(int amount) => new(amount, TimeLimitUnit.WorkingHours);

    /// <summary>Working days (工作日).</summary>
    public static TimeLimit WorkingDays(int amount) => new(amount, TimeLimitUnit.WorkingDays);

    /// <summary>Natural days (自然日).</summary>
    public static TimeLimit Days(int amount) => new(amount, TimeLimitUnit.Days);

    /// <summary>
    /// Parses the compact invariant form written by <see cref="ToInvariantString"/>: a positive
    /// integer followed by <c>h</c>, <c>wh</c>, <c>wd</c> or <c>d</c> (e.g. "2h", "4wh", "5wd", "60d").
    /// Surrounding white space and the case of the suffix are ignored.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out TimeLimit result)
    {
        result = default;
        if (s is null)
        {
            return false;
        }

        var text = s.Trim();
        (string Suffix, TimeLimitUnit Unit)[] suffixes =
        [
            ("wh", TimeLimitUnit.WorkingHours),
            ("wd", TimeLimitUnit.WorkingDays),
            ("h", TimeLimitUnit.Hours),
            ("d", TimeLimitUnit.Days),
        ];
        foreach (var (suffix, unit) in suffixes)
        {
            if (!text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var number = text.AsSpan(0, text.Length - suffix.Length);
            if (number.IsEmpty
                || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
                || amount <= 0)
            {
                return false;
            }

            result = new TimeLimit(amount, unit);
            return true;
        }

        return false;
    }

    /// <summary>The compact invariant form, e.g. "2h", "4wh", "5wd", "60d".</summary>
    public string ToInvariantString() =>
        Amount.ToString(CultureInfo.InvariantCulture) + Unit switch
        {
            TimeLimitUnit.Hours => "h",
            TimeLimitUnit.WorkingHours => "wh",
            TimeLimitUnit.WorkingDays => "wd",
            _ => "d",
        };

    /// <summary>Chinese display form, e.g. "2小时", "4个工作小时", "5个工作日", "60天".</summary>
    public override string ToString() =>
        Amount.ToString(CultureInfo.InvariantCulture) + Unit switch
        {
            TimeLimitUnit.Hours => "小时",
            TimeLimitUnit.WorkingHours => "个工作小时",
            TimeLimitUnit.WorkingDays => "个工作日",
            _ => "天",
        };

    private static int CheckAmount(int amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount, nameof(Amount));
        return amount;
    }

    private static TimeLimitUnit CheckUnit(TimeLimitUnit unit) =>
        Enum.IsDefined(unit) ? unit : throw new ArgumentOutOfRangeException(nameof(Unit), unit, "Unknown time-limit unit.");
}
