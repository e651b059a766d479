using Spectre.Console;

namespace Minsheng.Cli;

/// <summary>
/// Where a command writes: <see cref="Out"/> for results, <see cref="Error"/> for progress bars and
/// errors, and the raw standard output for data (an export with no --out file).
/// </summary>
internal sealed class CliConsoles(IAnsiConsole output, IAnsiConsole error, Func<Stream> openStandardOutput)
{
    public IAnsiConsole Out { get; } = output;

    public IAnsiConsole Error { get; } = error;

    public Stream OpenStandardOutput() => openStandardOutput();

    public static CliConsoles ForProcess() => new(
        AnsiConsole.Console,
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }),
        Console.OpenStandardOutput);
}
