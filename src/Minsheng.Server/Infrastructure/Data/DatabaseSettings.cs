namespace Minsheng.Server.Infrastructure.Data;

/// <summary>
/// Which engine to use (<c>Database:Provider</c> = sqlite, the default, or postgres) and where SQLite keeps its file
/// (<c>Database:DataDirectory</c>) when <c>ConnectionStrings:Minsheng</c> does not name one.
/// </summary>
public sealed class DatabaseSettings
{
    public const string Section = "Database";
    public const string ConnectionStringName = "Minsheng";
    public const string SqliteFileName = "minsheng.db";

    /// <summary>The file the design-time tools (dotnet-ef) open; only its schema matters, never its data.</summary>
    public const string DesignTimeSqliteConnectionString = "Data Source=data/minsheng.db";

    /// <summary>The solution file that marks a source checkout's root.</summary>
    public const string RepositoryMarker = "Minsheng.slnx";

    public string Provider { get; set; } = "sqlite";

    /// <summary>The folder of the SQLite database; empty means <see cref="DefaultDataDirectory"/>.</summary>
    public string? DataDirectory { get; set; }

    public DatabaseEngine Engine => Provider.Trim().ToUpperInvariant() switch
    {
        "SQLITE" => DatabaseEngine.Sqlite,
        "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseEngine.Postgres,
        _ => throw new InvalidOperationException(
            $"Database:Provider '{Provider}' is not supported; use 'sqlite' or 'postgres'."),
    };

    /// <summary>The data folder as an absolute path (a relative setting is taken from the current directory).</summary>
    public string ResolvedDataDirectory => string.IsNullOrWhiteSpace(DataDirectory)
        ? DefaultDataDirectory(AppContext.BaseDirectory)
        : Path.GetFullPath(DataDirectory.Trim());

    /// <summary>The SQLite connection string used when ConnectionStrings:Minsheng is empty.</summary>
    public string DefaultSqliteConnectionString => "Data Source=" + Path.Combine(ResolvedDataDirectory, SqliteFileName);

    /// <summary>
    /// <c>data/</c> at the root of the source checkout the program was built in (the folder holding Minsheng.slnx,
    /// found by walking up from the program's own folder), so the server run with <c>dotnet run --project</c> and the
    /// CLI run from anywhere open the same file; in a published copy without the solution, <c>data/</c> beside the
    /// program. Never the current directory: that differs between the two and from one shell to the next.
    /// </summary>
    public static string DefaultDataDirectory(string programDirectory)
    {
        for (var folder = new DirectoryInfo(programDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, RepositoryMarker)))
            {
                return Path.Combine(folder.FullName, "data");
            }
        }

        return Path.Combine(Path.GetFullPath(programDirectory), "data");
    }
}
