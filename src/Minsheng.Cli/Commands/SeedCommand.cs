using System.ComponentModel;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Minsheng.Cli.Infrastructure;
using Minsheng.Server.Infrastructure.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Minsheng.Cli.Commands;

internal sealed class SeedSettings : GlobalSettings
{
    [CommandOption("--orders <N>")]
    [Description("Demo orders to create (Demo:Orders).")]
    [DefaultValue(300)]
    public int Orders { get; init; } = 300;

    public override ValidationResult Validate() =>
        Orders < 0 ? ValidationResult.Error("--orders must be 0 or more.") : base.Validate();
}

/// <summary>
/// Migrates the database and seeds the demo county with the server's own initializer and seeders
/// (Demo:Enabled=true, Demo:Orders=N). A database that already has units or work orders is left alone
/// (the demo seeder itself only runs on a database without units).
/// </summary>
internal sealed class SeedCommand(CliConsoles consoles) : CliCommand<SeedSettings>(consoles)
{
    protected override async Task<int> RunAsync(SeedSettings settings, CancellationToken cancellationToken)
    {
        using var host = CliHost.Build(settings, new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true",
            ["Demo:Orders"] = settings.Orders.ToString(CultureInfo.InvariantCulture),
        });

        var (units, orders) = await CountExistingAsync(host.Services, cancellationToken);
        if (units > 0 || orders > 0)
        {
            Consoles.Out.MarkupLineInterpolated($"[yellow]The database is not empty[/] ({units} units, {orders} work orders): nothing seeded.");
            return Success;
        }

        if (!host.Services.GetServices<IDatabaseSeeder>().Any())
        {
            Consoles.Error.MarkupLine("[yellow]This build registers no demo seeder: only the schema, the calendar and the time limits will be created.[/]");
        }

        await Consoles.Error.Status().StartAsync("Migrating and seeding…", _ => CliHost.InitializeAsync(host, cancellationToken));

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MinshengDbContext>();
        var table = new Table().Border(TableBorder.Rounded).AddColumn("table").AddColumn(new TableColumn("rows").RightAligned());
        foreach (var (name, count) in new (string, Func<Task<int>>)[]
        {
            ("regions", () => db.Regions.CountAsync(cancellationToken)),
            ("units", () => db.Units.CountAsync(cancellationToken)),
            ("categories", () => db.Categories.CountAsync(cancellationToken)),
            ("responsibilities", () => db.Responsibilities.CountAsync(cancellationToken)),
            ("work orders", () => db.WorkOrders.CountAsync(cancellationToken)),
            ("work order events", () => db.WorkOrderEvents.CountAsync(cancellationToken)),
        })
        {
            table.AddRow(name, (await count()).ToString("N0", CultureInfo.InvariantCulture));
        }

        Consoles.Out.MarkupLineInterpolated($"[green]Seeded[/] the {db.Engine} database.");
        Consoles.Out.Write(table);
        return Success;
    }

    /// <summary>Units and work orders already stored; none for a database that does not exist or has no schema yet.</summary>
    private static async Task<(int Units, int Orders)> CountExistingAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MinshengDbContext>();
        if (!await db.Database.CanConnectAsync(cancellationToken)
            || !(await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any())
        {
            return (0, 0);
        }

        return (await db.Units.CountAsync(cancellationToken), await db.WorkOrders.CountAsync(cancellationToken));
    }
}
