using Minsheng.Benchmarks.Intake;
using Minsheng.Benchmarks.OrderList;
using Spectre.Console;
using Spectre.Console.Cli;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var app = new CommandApp<IntakeCommand>();
app.Configure(config =>
{
    config.SetApplicationName("Minsheng.Benchmarks");
    config.Settings.Registrar.RegisterInstance<IAnsiConsole>(AnsiConsole.Console);
    config.AddCommand<IntakeCommand>("intake").WithDescription("Intake (受理) over HTTP per engine, and the raw EF Core insert rate of the same orders.");
    config.AddCommand<OrderListCommand>("list").WithDescription("The order list (page and API) on a fresh database of 100,000 demo orders per engine: server time of the first page per filter.");
});
return await app.RunAsync(args, cancel.Token);
