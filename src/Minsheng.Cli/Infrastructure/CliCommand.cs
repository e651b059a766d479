using System.Data.Common;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Minsheng.Cli.Infrastructure;

/// <summary>
/// A command whose failures end as a plain message on standard error and exit code 1, never a
/// stack trace: a missing file, an unreachable database, a bad configuration value.
/// </summary>
internal abstract class CliCommand<TSettings>(CliConsoles consoles) : AsyncCommand<TSettings>
    where TSettings : CommandSettings
{
    public const int Success = 0;
    public const int Fatal = 1;

    protected CliConsoles Consoles { get; } = consoles;

    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            return await RunAsync(settings, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Consoles.Error.MarkupLine("[yellow]Cancelled.[/]");
            return Fatal;
        }
        catch (Exception e) when (IsExpected(e))
        {
            Consoles.Error.MarkupLineInterpolated($"[red]Error:[/] {Describe(e)}");
            return Fatal;
        }
        catch (Exception e)
        {
            // A bug rather than a bad input: say what it was; the stack trace only on request.
            Consoles.Error.MarkupLineInterpolated($"[red]Unexpected error ({e.GetType().Name}):[/] {Describe(e)}");
            if (Environment.GetEnvironmentVariable("MINSHENG_CLI_DEBUG") == "1")
            {
                Consoles.Error.WriteException(e);
            }
            else
            {
                Consoles.Error.WriteLine("Set MINSHENG_CLI_DEBUG=1 to see the stack trace.");
            }

            return Fatal;
        }
    }

    private static bool IsExpected(Exception e) =>
        e is CliException or DbException or InvalidOperationException or IOException or UnauthorizedAccessException
            or ArgumentException or TimeoutException or Microsoft.EntityFrameworkCore.DbUpdateException or System.Text.Json.JsonException;

    protected abstract Task<int> RunAsync(TSettings settings, CancellationToken cancellationToken);

    /// <summary>The message, and the inner messages that say more (the database's own words).</summary>
    private static string Describe(Exception e)
    {
        var messages = new List<string>();
        for (var current = e; current is not null; current = current.InnerException)
        {
            if (!messages.Contains(current.Message, StringComparer.Ordinal))
            {
                messages.Add(current.Message);
            }
        }

        return string.Join(" — ", messages);
    }
}

/// <summary>A failure the user can act on, told in one sentence.</summary>
internal sealed class CliException(string message) : Exception(message);
