using Minsheng.Benchmarks.Intake;
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
});
return await app.RunAsync(args, cancel.Token);
