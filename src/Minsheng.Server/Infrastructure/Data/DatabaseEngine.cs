namespace Minsheng.Server.Infrastructure.Data;

public enum DatabaseEngine
{
    Sqlite,
    Postgres,
}
