using KiemTra.Sdk.Organization;
using NodaTime;
using NodaTime.Text;

namespace KiemTra.WebHost.Http;

/// <summary>Parses request values into domain values, recording a <see cref="FieldError"/> naming the field and the value on failure.</summary>
internal static class Parse
{
    /// <summary>An ISO date (<c>yyyy-MM-dd</c>); null after recording an error (or a missing-field error when <paramref name="required"/>).</summary>
    public static LocalDate? Date(FieldErrors errors, string field, string? text, bool required)
    {
        if (text is null)
        {
            if (required)
            {
                errors.Missing(field);
            }

            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            errors.Add(field, text, $"'{text}' không phải ngày dạng yyyy-MM-dd.", $"'{text}' is not a date in the form yyyy-MM-dd.");
            return null;
        }

        return result.Value;
    }

    /// <summary>
    /// A date of a fact recorded in the register (a case's opening and steps, a programme, a recommendation): an ISO date
    /// within the years a register can report on (<see cref="KiemTra.Sdk.Indicators.IndicatorDataSet.FirstReportableYear"/>–<see cref="KiemTra.Sdk.Indicators.IndicatorDataSet.LastReportableYear"/>),
    /// so that no stored fact can fall outside what the reports read; null after recording an error.
    /// </summary>
    public static LocalDate? RegisterDate(FieldErrors errors, string field, string? text, bool required)
    {
        var date = Date(errors, field, text, required);
        if (date is { } d && (d.Year < KiemTra.Sdk.Indicators.IndicatorDataSet.FirstReportableYear || d.Year > KiemTra.Sdk.Indicators.IndicatorDataSet.LastReportableYear))
        {
            var (first, last) = (KiemTra.Sdk.Indicators.IndicatorDataSet.FirstReportableYear, KiemTra.Sdk.Indicators.IndicatorDataSet.LastReportableYear);
            errors.Add(field, text, $"Ngày '{text}' nằm ngoài các năm {first}–{last} mà sổ theo dõi ghi nhận.", $"The date '{text}' is outside the years {first}–{last} the register records.");
            return null;
        }

        return date;
    }

    /// <summary>A defined member of <typeparamref name="TEnum"/> by name (case-insensitive; numbers are refused so that clients cannot depend on ordinals).</summary>
    public static TEnum? Enum<TEnum>(FieldErrors errors, string field, string? text, bool required)
        where TEnum : struct, System.Enum
    {
        if (text is null)
        {
            if (required)
            {
                errors.Missing(field);
            }

            return null;
        }

        if (text.Length > 0 && !char.IsDigit(text[0]) && text[0] != '-' && System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value))
        {
            return value;
        }

        var names = string.Join(", ", System.Enum.GetNames<TEnum>());
        errors.Add(field, text, $"'{text}' không phải giá trị hợp lệ; các giá trị: {names}.", $"'{text}' is not a valid value; expected one of: {names}.");
        return null;
    }

    /// <summary>An organisation id that exists in <paramref name="dataset"/>.</summary>
    public static OrganizationId? Organization(FieldErrors errors, string field, string? text, PartyDataset dataset, bool required)
    {
        if (text is null)
        {
            if (required)
            {
                errors.Missing(field);
            }

            return null;
        }

        if (!Nfc.TryNormalize(text, out var normalized))
        {
            errors.Add(field, text, "Mã tổ chức chứa ký tự Unicode không hợp lệ.", "The organisation id contains invalid Unicode.");
            return null;
        }

        OrganizationId id;
        try
        {
            id = OrganizationId.From(normalized!);
        }
        catch (ArgumentException ex)
        {
            errors.Add(field, text, $"Mã tổ chức không hợp lệ: {ex.Message}", $"Invalid organisation id: {ex.Message}");
            return null;
        }

        if (!dataset.Contains(id))
        {
            errors.Add(field, text, $"Không có tổ chức '{text}' trong dữ liệu '{dataset.Name}'.", $"There is no organisation '{text}' in the dataset '{dataset.Name}'.");
            return null;
        }

        return id;
    }

    /// <summary>A member id that exists in <paramref name="dataset"/>.</summary>
    public static MemberId? Member(FieldErrors errors, string field, string? text, PartyDataset dataset)
    {
        if (text is null)
        {
            errors.Missing(field);
            return null;
        }

        if (!Nfc.TryNormalize(text, out var normalized))
        {
            errors.Add(field, text, "Mã đảng viên chứa ký tự Unicode không hợp lệ.", "The member id contains invalid Unicode.");
            return null;
        }

        MemberId id;
        try
        {
            id = MemberId.From(normalized!);
        }
        catch (ArgumentException ex)
        {
            errors.Add(field, text, $"Mã đảng viên không hợp lệ: {ex.Message}", $"Invalid member id: {ex.Message}");
            return null;
        }

        if (!dataset.Contains(id))
        {
            errors.Add(field, text, $"Không có đảng viên '{text}' trong dữ liệu '{dataset.Name}'.", $"There is no member '{text}' in the dataset '{dataset.Name}'.");
            return null;
        }

        return id;
    }
}
