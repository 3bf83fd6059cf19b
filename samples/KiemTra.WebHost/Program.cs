using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using KiemTra.Sdk.Serialization.SystemTextJson;
using KiemTra.WebHost.Endpoints;
using KiemTra.WebHost.Hosting;
using KiemTra.WebHost.Http;
using KiemTra.WebHost.Persistence;
using KiemTra.WebHost.Security;
using Microsoft.EntityFrameworkCore;

// KiemTra.WebHost: a minimal API that embeds KiemTra.Sdk (see docs/web-host.md). Binds to http://127.0.0.1:5080 by
// default (appsettings.json "Urls"); `--urls` overrides it. Every endpoint but /health needs a bearer token
// (Security/HostAuthentication.cs); `mint-token` mints one offline for development and tests (Security/TokenMint.cs).
var builder = WebApplication.CreateBuilder(args);
if (args.Length > 0 && args[0] == TokenMint.Command)
{
    Environment.ExitCode = TokenMint.Run(args[1..], builder.Configuration, builder.Environment);
    return;
}

builder.Services.AddHostAuthentication(builder.Configuration, builder.Environment);
builder.Services.AddSingleton<ActingUsers>();
builder.Services.AddSingleton<Jurisdiction>();
builder.Services.AddAuditTrail();
builder.Services.AddHostRateLimits(builder.Configuration);
var loopbackOnly = DeploymentDefaults.LoopbackOnly(builder.Configuration);
if (!loopbackOnly)
{
    builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
}

// One bound on request bodies (InputRules.MaxDocumentBytes unless configured lower), enforced by Kestrel and by the
// JSON reader (Http/JsonBody.cs), which answers 413 problem details.
var limits = RequestLimits.From(builder.Configuration);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxBodyBytes);
builder.Services.AddSingleton(sp => RequestLimits.From(sp.GetRequiredService<IConfiguration>()));
builder.Services.AddKiemTraCore(builder.Configuration);
builder.Services.AddKiemTraDatabase();
builder.Services.AddKiemTraInformantProtection(); // informants' identities encrypted at rest; keys in KiemTra:DataProtectionKeysPath (docs/web-host.md)
KiemTra.WebHost.Reliability.WriteFaultInjection.AddWriteFaultInjection(builder.Services); // test-only fault point, off unless Reliability:* is set (docs/reliability.md)
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = Problems.Customize); // framework 400/404/405/415 in the documented problem shape
if (builder.Environment.IsDevelopment())
{
    builder.Services.AddOpenApi(); // the API description is served in Development only
}
builder.Services.ConfigureHttpJsonOptions(o =>
{
    // An unknown property is an error (a typo must not be silently ignored).
    o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;

    // Nesting is bounded by the SDK's one depth limit; deeper input is a 400 naming the path.
    o.SerializerOptions.MaxDepth = KiemTra.Sdk.InputRules.MaxDepth;

    // A repeated property is an error, not "the last one wins" (nothing is silently dropped).
    o.SerializerOptions.AllowDuplicateProperties = false;
    o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict; // numbers as numbers: "count":"30" is a 400, not 30 (the Web defaults read numbers from strings)

    // Responses are JSON, never HTML: Vietnamese letters are written as they are instead of \u-escapes.
    o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    // Request models read their dates, enums and ids through the JSON package (ConfigureForKiemTra: ISO dates, enum
    // member names, no numbers) and every string in NFC as the package reads the strings of a document (ReadStringsAsNfc).
    o.SerializerOptions.ReadStringsAsNfc().ConfigureForKiemTra();
});
builder.Services.AddKiemTraValidators(); // the validation package's validators of the request models (Http/Validation.cs)

var app = builder.Build();

// Any unexpected exception becomes a 500 problem without internal details (never a stack trace).
app.UseExceptionHandler(error => error.Run(async http =>
{
    await Problems.ServerError(http).ExecuteAsync(http);
}));
app.UseStatusCodePages();
if (!loopbackOnly)
{
    // Listening beyond loopback: HTTPS only (docs/web-host.md, "Deployment").
    app.UseHsts();
    app.UseHttpsRedirection();
}

DeploymentDefaults.PrepareSqliteFolder(app.Configuration);
using (var scope = app.Services.CreateScope())
{
    var db = scope.ServiceProvider.GetRequiredService<KiemTraDbContext>();
    db.Database.EnsureCreated();
    await AuditTrail.ProtectAsync(db, CancellationToken.None);
    app.Logger.LogInformation("Database: {Provider} ({DataSource})", DatabaseRegistration.ProviderOf(app.Configuration), db.Database.GetDbConnection().DataSource);
}

DeploymentDefaults.RestrictSqliteFile(app.Configuration);

// Order: who the user is, then the audit entry (so that 401 and 403 are recorded), then the policies, the rate limits,
// and the acting body the request chose among the user's (403 when the user holds no post in it).
app.UseRouting();
app.UseAuthentication();
app.Use(AuditTrail.Middleware);
app.UseAuthorization();
app.UseRateLimiter();
app.Use(ActingBodyChoice.Gate);

app.MapGet("/health", () => TypedResults.Ok(new { status = "ok" })).AllowAnonymous().ExcludeFromDescription();
if (app.Environment.IsDevelopment())
{
    app.MapOpenApi();
}

app.MapAuditEndpoints();
app.MapDeadlineEndpoints();
app.MapCalendarEndpoints();
app.MapOrganizationEndpoints();
app.MapCaseEndpoints();
app.MapProgramEndpoints();
app.MapRecommendationEndpoints();
app.MapIndicatorEndpoints();
app.MapStatisticsEndpoints();
app.MapReportEndpoints();
app.MapDisciplineRegisterEndpoints();
app.MapDenunciationEndpoints();
app.MapRegisterFactEndpoints();

app.Run();

/// <summary>The entry point, public so that tests can host the app with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
