using System.Text;
using Spectre.Console;

namespace Minsheng.Cli.Tests.Infrastructure;

/// <summary>Runs the CLI in this process, as <c>Minsheng.Cli args…</c> would, and captures what it writes.</summary>
public static class CliRunner
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var standardOutput = new MemoryStream();
        var consoles = new CliConsoles(Console(output), Console(error), () => standardOutput);
        var exitCode = await CliApp.RunAsync(args, consoles, TestContext.Current.CancellationToken);
        return new CliRun(exitCode, output.ToString(), error.ToString(), standardOutput.ToArray());
    }

    /// <summary>The arguments that point a command at a test database.</summary>
    public static string[] On(TestDatabase database, params string[] args) =>
        [.. args, "--provider", database.Engine, "--connection", database.ConnectionString];

    /// <summary>The arguments that point a command at a test database not created yet, and allow creating it.</summary>
    public static string[] OnNew(TestDatabase database, params string[] args) => [.. On(database, args), "--create-database"];

    private static IAnsiConsole Console(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 400;
        return console;
    }
}

public sealed record CliRun(int ExitCode, string Out, string Error, byte[] StandardOutput)
{
    public string StandardOutputText => Encoding.UTF8.GetString(StandardOutput);

    public override string ToString() => $"exit {ExitCode}\n--- out\n{Out}\n--- error\n{Error}";
}
