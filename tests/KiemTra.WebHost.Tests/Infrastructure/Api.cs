using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Serialization.SystemTextJson;

namespace KiemTra.WebHost.Tests.Infrastructure;

/// <summary>Request helpers: JSON bodies, acting-body headers, parsed responses.</summary>
internal static class Api
{
    /// <summary>The inspection commission of the commune committee TN.X001 (Ngọc Hà) in the synthetic province.</summary>
    public static readonly (string Organization, string Body) NgocHaCommission = ("TN.X001", "InspectionCommission");

    /// <summary>Sends a request with an optional JSON body (raw text, so that malformed JSON can be sent), acting body and language.</summary>
    public static async Task<Reply> SendAsync(HttpClient client, HttpMethod method, string url, string? json = null, (string Organization, string Body)? actor = null, string? language = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (actor is { } a)
        {
            request.Headers.Add("X-Acting-Organization", a.Organization);
            request.Headers.Add("X-Acting-Body", a.Body);
        }

        if (language is not null)
        {
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Reply(response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentLanguage.FirstOrDefault(), text);
    }

    /// <summary>Serialises an object as the request body.</summary>
    public static string Json(object value) => JsonSerializer.Serialize(value, new JsonSerializerOptions(JsonSerializerDefaults.Web));
}

/// <summary>A response.</summary>
/// <param name="Status">Status.</param>
/// <param name="MediaType">Content type.</param>
/// <param name="Language">Content-Language.</param>
/// <param name="Body">Body text.</param>
internal sealed record Reply(HttpStatusCode Status, string? MediaType, string? Language, string Body)
{
    /// <summary>The body as JSON.</summary>
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    private static readonly JsonSerializerOptions PackageOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForKiemTra();

    /// <summary>A string property.</summary>
    public string? Str(string name) => Json.GetProperty(name).GetString();

    /// <summary>The SDK case of a case answer (its <c>"case"</c>) as the JSON package writes it.</summary>
    public JsonElement CaseJson => Json.GetProperty("case");

    /// <summary>The SDK case of a case answer, read back through the JSON package.</summary>
    public OversightCase Case => JsonSerializer.Deserialize<OversightCase>(CaseJson.GetRawText(), PackageOptions)!;

    /// <summary>The state of a case answer as the package writes it: the state after the last step of its history.</summary>
    public string? CaseStateName => CaseJson.GetProperty("history").EnumerateArray().Last().GetProperty("stateAfter").GetString();

    /// <summary>The validation errors of a problem: (field, value, message).</summary>
    public IReadOnlyList<(string Field, string? Value, string Message)> Errors =>
        Json.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("field").GetString()!, e.GetProperty("value").GetString(), e.GetProperty("message").GetString()!)).ToArray();

    /// <summary>The stable error code of each validation error (<c>KT_…</c>, or null for a check only the host makes), by field.</summary>
    public IReadOnlyList<(string Field, string? Code)> Codes =>
        Json.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("field").GetString()!, e.GetProperty("code").GetString())).ToArray();

    /// <inheritdoc />
    public override string ToString() => $"{(int)Status} {MediaType}: {Body}";
}
