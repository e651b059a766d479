using System.ComponentModel;
using Minsheng.Server.Infrastructure.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Minsheng.Cli.Infrastructure;

/// <summary>
/// Options every command takes. Without them the CLI reads the same configuration as the server: appsettings.cli.json,
/// then Database__Provider, Database__DataDirectory and ConnectionStrings__Minsheng from the environment; so by default
/// it opens the server's SQLite file in the same data folder.
/// </summary>
internal class GlobalSettings : CommandSettings
{
    [CommandOption("--provider <PROVIDER>")]
    [Description("Database engine: sqlite or postgres. Default: Database:Provider from configuration (sqlite).")]
    public string? Provider { get; init; }

    [CommandOption("--connection <CONNECTION_STRING>")]
    [Description("Connection string. Default: ConnectionStrings:Minsheng from configuration; for SQLite the file minsheng.db in the data folder the server uses (Database:DataDirectory, by default data/ at the repository root).")]
    public string? Connection { get; init; }

    [CommandOption("--create-database")]
    [Description("Create and migrate the database when there is none (with a new administrator). Without it the CLI only opens an existing Minsheng database, so a mistyped path cannot quietly start an empty one.")]
    public bool CreateDatabase { get; init; }

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
