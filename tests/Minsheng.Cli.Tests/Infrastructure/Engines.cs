namespace Minsheng.Cli.Tests.Infrastructure;

/// <summary>Every data test runs once per engine: SQLite always, PostgreSQL when MINSHENG_TEST_POSTGRES is set.</summary>
public static class Engines
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static TheoryData<string> All => new(Sqlite, Postgres);
}
