using System.Text.Json;
using Microsoft.Extensions.Options;

namespace KiemTra.WebHost.Http;

/// <summary>
/// Reads a JSON request body by hand instead of through minimal-API binding, so that a malformed body, a value of the
/// wrong type or an unknown property becomes a 400 problem naming the JSON path and line (never the framework's bare
/// 400 or a stack trace).
/// </summary>
internal static class JsonBody
{
    /// <summary>The body as <typeparamref name="T"/>, or the problem to return.</summary>
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpContext http)
        where T : class
    {
        if (!http.Request.HasJsonContentType())
        {
            return (null, Problems.UnsupportedMediaType(http));
        }

        var options = http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(http.Request.Body, options, http.RequestAborted);
            if (value is null)
            {
                var errors = new FieldErrors();
                errors.Add("$", "null", "Nội dung yêu cầu phải là một đối tượng JSON, không phải null.", "The request body must be a JSON object, not null.");
                return (null, Problems.Validation(http, errors.All));
            }

            return (value, null);
        }
        catch (JsonException ex)
        {
            return (null, Problems.MalformedJson(http, ex));
        }
    }
}
