namespace Minsheng.Core.Tests.Calendar;

/// <summary>Beijing local wall-clock times (UTC+8) as the UTC instants the calendar takes and returns.</summary>
internal static class Beijing
{
    public static DateTime At(int year, int month, int day, int hour = 0, int minute = 0) =>
        new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc).AddHours(-8);
}
