using System.ComponentModel;
using Minsheng.Server.Infrastructure.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Minsheng.Cli.Infrastructure;

/// <summary>
/// Options every command takes. Without them the CLI reads the same configuration as the server:
/// its appsettings.json, then Database__Provider and ConnectionStrings__Minsheng from the environment.
/// </summary>
internal class GlobalSettings : CommandSettings
{
    [CommandOption("--provider <PROVIDER>")]
    [Description("Database engine: sqlite or postgres. Default: Database:Provider from configuration (sqlite).")]
    public string? Provider { get; init; }

    [CommandOption("--connection <CONNECTION_STRING>")]
    [Description("Connection string. Default: ConnectionStrings:Minsheng from configuration; for SQLite the file data/minsheng.db.")]
    public string? Connection { get; init; }

    public override ValidationResult Validate()
    {
        if (Provider is not null)
        {
            try
            {
                _ = new DatabaseSettings { Provider = Provider }.Engine;
            }
            catch (InvalidOperationException e)
            {
                return ValidationResult.Error(e.Message);
            }
        }

        return Connection is { } c && string.IsNullOrWhiteSpace(c)
            ? ValidationResult.Error("--connection is empty.")
            : ValidationResult.Success();
    }
}
