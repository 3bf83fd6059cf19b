using System.Globalization;
using System.Text;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace KiemTra.WebHost.Http;

/// <summary>
/// Runs a validator of the KiemTra.Sdk.FluentValidation package on a request model (<i>kiểm tra dữ liệu đầu vào</i>)
/// and records each failure as a <see cref="FieldError"/>: the field as the JSON request names it
/// (<c>Subjects[1].Organization</c> → <c>subjects[1].organization</c>), the value received (shortened as
/// <see cref="FieldErrors.Echo"/> does), the package's stable code and its message in the request's language (the
/// validators choose it from <see cref="CultureInfo.CurrentUICulture"/>, set for the call only).
/// </summary>
internal static class Validation
{
    /// <summary>Validates <paramref name="model"/> in the language of <paramref name="http"/>'s request; adds every failure to <paramref name="errors"/>.</summary>
    /// <returns>Whether the model passed.</returns>
    public static bool Check<T>(this IValidator<T> validator, HttpContext http, T model, FieldErrors errors)
    {
        ValidationResult result;
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = RequestLanguage.Of(http.Request) == Language.English ? CultureInfo.GetCultureInfo("en") : CultureInfo.GetCultureInfo("vi-VN");
        try
        {
            result = validator.Validate(model);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }

        foreach (var failure in result.Errors.Where(f => f.Severity == Severity.Error))
        {
            errors.AddCoded(JsonField(failure.PropertyName), Echo(failure.AttemptedValue), failure.ErrorCode, failure.ErrorMessage);
        }

        return result.IsValid;
    }

    /// <summary>The JSON name of a validator's property path: each segment camel-cased, indices kept; <c>$</c> for the whole body.</summary>
    public static string JsonField(string? propertyName)
    {
        if (string.IsNullOrEmpty(propertyName))
        {
            return "$";
        }

        var text = new StringBuilder(propertyName.Length);
        var startOfName = true;
        foreach (var c in propertyName)
        {
            text.Append(startOfName ? char.ToLowerInvariant(c) : c);
            startOfName = c is '.' or ']';
        }

        return text.ToString();
    }

    /// <summary>A scalar value as text (ISO for dates, the member name for an enum); null for lists and objects, which are not repeated.</summary>
    private static string? Echo(object? value) => value switch
    {
        string s => s,
        LocalDate d => d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        bool or int or long or decimal => Convert.ToString(value, CultureInfo.InvariantCulture),
        _ => null,
    };
}
