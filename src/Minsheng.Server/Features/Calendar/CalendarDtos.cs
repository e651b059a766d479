namespace Minsheng.Server.Features.Calendar;

public sealed record CalendarDayDto(DateOnly Date, bool IsOffDay, string Name);

public sealed record CalendarYearDto(int Year, bool Covered, int WorkingDays, IReadOnlyList<CalendarDayDto> Days);

public sealed record CalendarYearUpdate(IReadOnlyList<CalendarDayDto>? Days);

public sealed record TimeLimitDto(string Kind, string Urgency, string Accept, string AcceptText, string Reply, string ReplyText, bool CallbackRequired);

public sealed record TimeLimitUpdate(string? Accept, string? Reply, bool? CallbackRequired);
