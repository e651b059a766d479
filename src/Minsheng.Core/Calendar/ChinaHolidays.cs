using System.Globalization;

namespace Minsheng.Core.Calendar;

/// <summary>
/// China's statutory holidays (放假) and adjusted working days (调休上班) for 2020-2026, as
/// published each year by the General Office of the State Council. Generated from the
/// <c>NateScarlet/holiday-cn</c> data (MIT licence); each day is kept under its own calendar
/// date, so a day announced with the next year's holidays (e.g. 2022-12-31, part of the 2023
/// 元旦 holiday) belongs to the year it falls in.
/// </summary>
public static class ChinaHolidays
{
    private const bool Off = true;
    private const bool Work = false;

    // (name, "yyyy-MM-dd" or "yyyy-MM-dd..yyyy-MM-dd" inclusive, isOffDay)
    private static readonly (string Name, string Dates, bool IsOffDay)[] _data =
    [
        // 2020
        ("元旦", "2020-01-01", Off),
        ("春节", "2020-01-19", Work),
        ("春节", "2020-01-24..2020-02-02", Off),
        ("春节", "2020-02-03", Work),
        ("清明节", "2020-04-04..2020-04-06", Off),
        ("劳动节", "2020-04-26", Work),
        ("劳动节", "2020-05-01..2020-05-05", Off),
        ("劳动节", "2020-05-09", Work),
        ("端午节", "2020-06-25..2020-06-27", Off),
        ("端午节", "2020-06-28", Work),
        ("国庆节、中秋节", "2020-09-27", Work),
        ("国庆节、中秋节", "2020-10-01..2020-10-08", Off),
        ("国庆节、中秋节", "2020-10-10", Work),

        // 2021
        ("元旦", "2021-01-01..2021-01-03", Off),
        ("春节", "2021-02-07", Work),
        ("春节", "2021-02-11..2021-02-17", Off),
        ("春节", "2021-02-20", Work),
        ("清明节", "2021-04-03..2021-04-05", Off),
        ("劳动节", "2021-04-25", Work),
        ("劳动节", "2021-05-01..2021-05-05", Off),
        ("劳动节", "2021-05-08", Work),
        ("端午节", "2021-06-12..2021-06-14", Off),
        ("中秋节", "2021-09-18", Work),
        ("中秋节", "2021-09-19..2021-09-21", Off),
        ("国庆节", "2021-09-26", Work),
        ("国庆节", "2021-10-01..2021-10-07", Off),
        ("国庆节", "2021-10-09", Work),

        // 2022
        ("元旦", "2022-01-01..2022-01-03", Off),
        ("春节", "2022-01-29..2022-01-30", Work),
        ("春节", "2022-01-31..2022-02-06", Off),
        ("清明节", "2022-04-02", Work),
        ("清明节", "2022-04-03..2022-04-05", Off),
        ("劳动节", "2022-04-24", Work),
        ("劳动节", "2022-04-30..2022-05-04", Off),
        ("劳动节", "2022-05-07", Work),
        ("端午节", "2022-06-03..2022-06-05", Off),
        ("中秋节", "2022-09-10..2022-09-12", Off),
        ("国庆节", "2022-10-01..2022-10-07", Off),
        ("国庆节", "2022-10-08..2022-10-09", Work),
        ("元旦", "2022-12-31", Off),  // announced with the 2023 holidays

        // 2023
        ("元旦", "2023-01-01..2023-01-02", Off),
        ("春节", "2023-01-21..2023-01-27", Off),
        ("春节", "2023-01-28..2023-01-29", Work),
        ("清明节", "2023-04-05", Off),
        ("劳动节", "2023-04-23", Work),
        ("劳动节", "2023-04-29..2023-05-03", Off),
        ("劳动节", "2023-05-06", Work),
        ("端午节", "2023-06-22..2023-06-24", Off),
        ("端午节", "2023-06-25", Work),
        ("中秋节、国庆节", "2023-09-29..2023-10-06", Off),
        ("中秋节、国庆节", "2023-10-07..2023-10-08", Work),

        // 2024
        ("元旦", "2024-01-01", Off),
        ("春节", "2024-02-04", Work),
        ("春节", "2024-02-10..2024-02-17", Off),
        ("春节", "2024-02-18", Work),
        ("清明节", "2024-04-04..2024-04-06", Off),
        ("清明节", "2024-04-07", Work),
        ("劳动节", "2024-04-28", Work),
        ("劳动节", "2024-05-01..2024-05-05", Off),
        ("劳动节", "2024-05-11", Work),
        ("端午节", "2024-06-10", Off),
        ("中秋节", "2024-09-14", Work),
        ("中秋节", "2024-09-15..2024-09-17", Off),
        ("国庆节", "2024-09-29", Work),
        ("国庆节", "2024-10-01..2024-10-07", Off),
        ("国庆节", "2024-10-12", Work),

        // 2025
        ("元旦", "2025-01-01", Off),
        ("春节", "2025-01-26", Work),
        ("春节", "2025-01-28..2025-02-04", Off),
        ("春节", "2025-02-08", Work),
        ("清明节", "2025-04-04..2025-04-06", Off),
        ("劳动节", "2025-04-27", Work),
        ("劳动节", "2025-05-01..2025-05-05", Off),
        ("端午节", "2025-05-31..2025-06-02", Off),
        ("国庆节、中秋节", "2025-09-28", Work),
        ("国庆节、中秋节", "2025-10-01..2025-10-08", Off),
        ("国庆节、中秋节", "2025-10-11", Work),

        // 2026
        ("元旦", "2026-01-01..2026-01-03", Off),
        ("元旦", "2026-01-04", Work),
        ("春节", "2026-02-14", Work),
        ("春节", "2026-02-15..2026-02-23", Off),
        ("春节", "2026-02-28", Work),
        ("清明节", "2026-04-04..2026-04-06", Off),
        ("劳动节", "2026-05-01..2026-05-05", Off),
        ("劳动节", "2026-05-09", Work),
        ("端午节", "2026-06-19..2026-06-21", Off),
        ("国庆节", "2026-09-20", Work),
        ("中秋节", "2026-09-25..2026-09-27", Off),
        ("国庆节", "2026-10-01..2026-10-07", Off),
        ("国庆节", "2026-10-10", Work),
    ];

    private static readonly IReadOnlyList<int> _years = Enumerable.Range(2020, 7).ToArray().AsReadOnly();

    private static readonly Dictionary<int, IReadOnlyList<CalendarDay>> _byYear = Build();

    private static readonly IReadOnlyList<CalendarDay> _all =
        _years.SelectMany(For).ToArray().AsReadOnly();

    /// <summary>The years with built-in data: 2020..2026.</summary>
    public static IReadOnlyList<int> Years => _years;

    /// <summary>Every built-in day of every year, sorted by date.</summary>
    public static IEnumerable<CalendarDay> All => _all;

    /// <summary>The listed days (holidays and make-up working days) of a year, sorted; empty for unknown years.</summary>
    public static IReadOnlyList<CalendarDay> For(int year) =>
        _byYear.TryGetValue(year, out var days) ? days : [];

    private static Dictionary<int, IReadOnlyList<CalendarDay>> Build()
    {
        var days = new List<CalendarDay>();
        foreach (var (name, dates, isOffDay) in _data)
        {
            var separator = dates.IndexOf("..", StringComparison.Ordinal);
            var first = ParseDate(separator < 0 ? dates : dates[..separator]);
            var last = separator < 0 ? first : ParseDate(dates[(separator + 2)..]);
            for (var date = first; date <= last; date = date.AddDays(1))
            {
                days.Add(new CalendarDay(date, isOffDay, name));
            }
        }

        return days
            .GroupBy(d => d.Date.Year)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CalendarDay>)g.OrderBy(d => d.Date).ToArray().AsReadOnly());
    }

    private static DateOnly ParseDate(string text) =>
        DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
