using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using KiemTra.WebHost.Endpoints;
using KiemTra.WebHost.Hosting;
using KiemTra.WebHost.Http;
using KiemTra.WebHost.Persistence;
using Microsoft.EntityFrameworkCore;

// KiemTra.WebHost: a minimal API that embeds KiemTra.Sdk (see docs/web-host.md). Binds to http://127.0.0.1:5080 by
// default (appsettings.json "Urls"); `--urls` overrides it.
var builder = WebApplication.CreateBuilder(args);

// One bound on request bodies (InputLimits.MaxDocumentBytes unless configured lower), enforced by Kestrel and by the
// JSON reader (Http/JsonBody.cs), which answers 413 problem details.
var limits = RequestLimits.From(builder.Configuration);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxBodyBytes);
builder.Services.AddSingleton(sp => RequestLimits.From(sp.GetRequiredService<IConfiguration>()));
builder.Services.AddKiemTraCore(builder.Configuration);
builder.Services.AddKiemTraDatabase();
builder.Services.AddKiemTraInformantProtection(); // informants' identities encrypted at rest; keys in KiemTra:DataProtectionKeysPath (docs/web-host.md)
KiemTra.WebHost.Reliability.WriteFaultInjection.AddWriteFaultInjection(builder.Services); // test-only fault point, off unless Reliability:* is set (docs/reliability.md)
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.ConfigureHttpJsonOptions(o =>
{
    // An unknown property is an error (a typo must not be silently ignored).
    o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;

    // Nesting is bounded by the SDK's one depth limit; deeper input is a 400 naming the path.
    o.SerializerOptions.MaxDepth = KiemTra.Sdk.InputLimits.MaxDepth;

    // A repeated property is an error, not "the last one wins" (nothing is silently dropped).
    o.SerializerOptions.AllowDuplicateProperties = false;

    // Responses are JSON, never HTML: Vietnamese letters are written as they are instead of \u-escapes.
    o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
});

var app = builder.Build();

// Any unexpected exception becomes a 500 problem without internal details (never a stack trace).
app.UseExceptionHandler(error => error.Run(async http =>
{
    await Problems.ServerError(http).ExecuteAsync(http);
}));
app.UseStatusCodePages();

using (var scope = app.Services.CreateScope())
{
    var db = scope.ServiceProvider.GetRequiredService<KiemTraDbContext>();
    db.Database.EnsureCreated();
    app.Logger.LogInformation("Database: {Provider} ({DataSource})", DatabaseRegistration.ProviderOf(app.Configuration), db.Database.GetDbConnection().DataSource);
}

app.MapOpenApi();
app.MapDeadlineEndpoints();
app.MapCalendarEndpoints();
app.MapOrganizationEndpoints();
app.MapCaseEndpoints();
app.MapProgrammeEndpoints();
app.MapRecommendationEndpoints();
app.MapIndicatorEndpoints();
app.MapStatisticsEndpoints();
app.MapDisciplineRegisterEndpoints();
app.MapDenunciationEndpoints();
app.MapRegisterFactEndpoints();
app.MapRegisterStatisticsEndpoints();

app.Run();

/// <summary>The entry point, public so that tests can host the app with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
