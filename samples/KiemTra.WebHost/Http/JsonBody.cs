using System.Text.Json;
using Microsoft.Extensions.Options;

namespace KiemTra.WebHost.Http;

/// <summary>
/// Reads a JSON request body by hand instead of through minimal-API binding, so that a malformed body, a value of the
/// wrong type, an unknown property or nesting deeper than <see cref="KiemTra.Sdk.InputRules.MaxDepth"/> becomes a 400
/// problem naming the JSON path and line, and a body over <see cref="RequestLimits"/> a 413 (never the framework's bare
/// status or a stack trace).
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

        var limit = http.RequestServices.GetRequiredService<RequestLimits>().MaxBodyBytes;
        if (http.Request.ContentLength > limit)
        {
            return (null, Problems.PayloadTooLarge(http, limit));
        }

        var options = http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        try
        {
            // A chunked body declares no length: it is counted as it is read and refused as soon as it passes the bound.
            await using var body = new BoundedReadStream(http.Request.Body, limit);
            var value = await JsonSerializer.DeserializeAsync<T>(body, options, http.RequestAborted);
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
        catch (BodyTooLargeException)
        {
            return (null, Problems.PayloadTooLarge(http, limit));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own bound (set to the same limit in Program.cs) tripped first.
            return (null, Problems.PayloadTooLarge(http, limit));
        }
    }
}
