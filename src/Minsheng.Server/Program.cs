using Minsheng.Server;

var app = MinshengHost.Create(args);
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
app.Run();

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
