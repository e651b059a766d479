namespace Minsheng.Server.Infrastructure.Data;

/// <summary>Which engine to use: <c>Database:Provider</c> = sqlite (default) or postgres.</summary>
public sealed class DatabaseSettings
{
    public const string Section = "Database";
    public const string ConnectionStringName = "Minsheng";
    public const string DefaultSqliteConnectionString = "Data Source=data/minsheng.db";

    public string Provider { get; set; } = "sqlite";

    public DatabaseEngine Engine => Provider.Trim().ToUpperInvariant() switch
    {
        "SQLITE" => DatabaseEngine.Sqlite,
        "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseEngine.Postgres,
        _ => throw new InvalidOperationException(
            $"Database:Provider '{Provider}' is not supported; use 'sqlite' or 'postgres'."),
    };
}
