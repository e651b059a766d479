using System.Globalization;
using System.Text.Json;
using Minsheng.Core.Calendar;

namespace Minsheng.Core.Tests.Calendar;

/// <summary>The built-in holidays agree with the published holiday-cn data, day by day.</summary>
public sealed class ChinaHolidaysDataTests
{
    public static TheoryData<int> Years => [2020, 2021, 2022, 2023, 2024, 2025, 2026];

    [Theory]
    [MemberData(nameof(Years))]
    public void BuiltIn_EveryDayListedInJson_Agrees(int year)
    {
        var listed = Load(HolidayData.RequireDirectory(), year);
        Assert.NotEmpty(listed);

        foreach (var (date, isOffDay, name) in listed)
        {
            if (!ChinaHolidays.Years.Contains(date.Year))
            {
                continue; // e.g. 2019.json's days of 2018; not built in
            }

            var day = WorkingCalendar.ChinaDefault.Find(date);
            Assert.True(day is not null, $"{year}.json lists {date:yyyy-MM-dd} but the built-in calendar does not");
            Assert.True(day.IsOffDay == isOffDay, $"{date:yyyy-MM-dd}: json isOffDay={isOffDay}, built-in {day.IsOffDay}");
            Assert.Equal(name, day.Name);
            Assert.Contains(day, ChinaHolidays.For(date.Year));
            Assert.Equal(!isOffDay, WorkingCalendar.ChinaDefault.IsWorkingDay(date));
        }
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void BuiltIn_EveryBuiltInDay_IsListedInJson(int year)
    {
        var directory = HolidayData.RequireDirectory();

        // A day may be announced in a neighbouring year's file (2023.json lists 2022-12-31).
        var published = new Dictionary<DateOnly, bool>();
        foreach (var file in new[] { year - 1, year, year + 1 })
        {
            if (File.Exists(Path.Combine(directory, file.ToString(CultureInfo.InvariantCulture) + ".json")))
            {
                foreach (var (date, isOffDay, _) in Load(directory, file))
                {
                    published[date] = isOffDay;
                }
            }
        }

        var builtIn = ChinaHolidays.For(year);
        Assert.NotEmpty(builtIn);
        foreach (var day in builtIn)
        {
            Assert.Equal(year, day.Date.Year);
            Assert.True(published.TryGetValue(day.Date, out var isOffDay), $"built-in {day.Date:yyyy-MM-dd} is in no published file");
            Assert.Equal(isOffDay, day.IsOffDay);
        }

        var expected = published.Keys.Where(d => d.Year == year).Order().ToArray();
        Assert.Equal(expected, builtIn.Select(d => d.Date).ToArray());
    }

    private static List<(DateOnly Date, bool IsOffDay, string Name)> Load(string directory, int year)
    {
        var path = Path.Combine(directory, year.ToString(CultureInfo.InvariantCulture) + ".json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal(year, json.RootElement.GetProperty("year").GetInt32());
        return json.RootElement.GetProperty("days").EnumerateArray()
            .Select(d => (
                DateOnly.ParseExact(d.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                d.GetProperty("isOffDay").GetBoolean(),
                d.GetProperty("name").GetString()!))
            .ToList();
    }
}
