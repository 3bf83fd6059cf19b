using KiemTra.Sdk;
using KiemTra.Sdk.Diagnostics;
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
            errors.Add(field, text, $"'{FieldErrors.Echo(text)}' không phải ngày dạng yyyy-MM-dd.", $"'{FieldErrors.Echo(text)}' is not a date in the form yyyy-MM-dd.", ErrorCodes.DocumentValueInvalid);
            return null;
        }

        // The SDK's one range of years (InputRules): a date outside it is refused here, never stored or computed on.
        if (result.Value.Year is < InputRules.MinYear or > InputRules.MaxYear)
        {
            errors.Add(field, text, $"Ngày '{text}' nằm ngoài các năm {InputRules.MinYear}–{InputRules.MaxYear}.", $"The date '{text}' is outside the years {InputRules.MinYear}–{InputRules.MaxYear}.", ErrorCodes.YearRangeInvalid);
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
            errors.Add(field, text, $"Ngày '{text}' nằm ngoài các năm {first}–{last} mà sổ theo dõi ghi nhận.", $"The date '{text}' is outside the years {first}–{last} the register records.", ErrorCodes.YearRangeInvalid);
            return null;
        }

        return date;
    }

    /// <summary>
    /// The date of something that happened (<i>ngày của một việc đã xảy ra</i>: a case's opening, a step, a review, a
    /// decision, a completion): a <see cref="RegisterDate"/> that is not after <paramref name="today"/> (the host's today in
    /// Asia/Ho_Chi_Minh, from the injected clock). A fact dated in the future would rewrite what the register reports and,
    /// for a case, block every later step; null after recording an error.
    /// </summary>
    public static LocalDate? RecordedDate(FieldErrors errors, string field, string? text, bool required, LocalDate today)
    {
        var date = RegisterDate(errors, field, text, required);
        if (date is { } d && d > today)
        {
            var t = today.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            errors.Add(field, text, ErrorCodes.DateInFuture, ("Field", field), ("Value", FieldErrors.Echo(text!)), ("Today", t));
            return null;
        }

        return date;
    }

    /// <summary>
    /// A date already read by the JSON package (a request model's): an error as <see cref="RegisterDate(FieldErrors, string, string?, bool)"/>
    /// records when it is outside the register's years; nothing when <paramref name="date"/> is null.
    /// </summary>
    public static void RegisterDate(FieldErrors errors, string field, LocalDate? date)
    {
        if (date is { } d)
        {
            _ = RegisterDate(errors, field, d.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture), required: false);
        }
    }

    /// <summary>
    /// A date already read from an entry of the register document (by the JSON package) that records what happened: an
    /// error as <see cref="RecordedDate(FieldErrors, string, string?, bool, LocalDate)"/> records when it is after
    /// <paramref name="today"/> (or outside the register's years); nothing when <paramref name="date"/> is null.
    /// </summary>
    public static void RecordedDate(FieldErrors errors, string field, LocalDate? date, LocalDate today)
    {
        if (date is { } d)
        {
            _ = RecordedDate(errors, field, d.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture), required: false, today);
        }
    }

    /// <summary>
    /// Exactly one defined member of <typeparamref name="TEnum"/>, by its name (case-insensitive). Nothing else is read
    /// as a value: not a number (clients cannot depend on ordinals), not a comma list and not a combination of flags
    /// (<c>"Announce, ReceiveSelfReport"</c> would otherwise be read as the flags' sum, another step altogether), not a
    /// name with spaces around it.
    /// </summary>
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

        foreach (var name in System.Enum.GetNames<TEnum>())
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return System.Enum.Parse<TEnum>(name);
            }
        }

        var names = string.Join(", ", System.Enum.GetNames<TEnum>());
        errors.Add(field, text, $"'{FieldErrors.Echo(text)}' không phải giá trị hợp lệ; dùng đúng một trong: {names}.", $"'{FieldErrors.Echo(text)}' is not a valid value; give exactly one of: {names}.", ErrorCodes.EnumUndefined);
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

        if (Id(errors, field, text, OrganizationId.MaxLength, OrganizationId.From) is not { } id)
        {
            return null;
        }

        if (!dataset.Contains(id))
        {
            errors.Add(field, text, $"Không có tổ chức '{FieldErrors.Echo(text)}' trong dữ liệu '{dataset.Name}'.", $"There is no organisation '{FieldErrors.Echo(text)}' in the dataset '{dataset.Name}'.");
            return null;
        }

        return id;
    }

    /// <summary>
    /// A member id that exists in <paramref name="dataset"/>. With <paramref name="unknown"/> (a member as the subject of an
    /// act the authority rules decide), a well-formed id the dataset does not hold is no field error: it is added to
    /// <paramref name="unknown"/> and null returned, so that the endpoint refuses it exactly as a real member outside the
    /// acting body's authority (<see cref="Problems.MemberOutsideAuthority"/>) and the answer does not tell whether the id exists.
    /// </summary>
    public static MemberId? Member(FieldErrors errors, string field, string? text, PartyDataset dataset, ICollection<string>? unknown = null)
    {
        if (text is null)
        {
            errors.Missing(field);
            return null;
        }

        if (Id(errors, field, text, MemberId.MaxLength, MemberId.From) is not { } id)
        {
            return null;
        }

        if (!dataset.Contains(id) && unknown is not null)
        {
            unknown.Add(id.Value);
            return null;
        }

        if (!dataset.Contains(id))
        {
            errors.Add(field, text, $"Không có đảng viên '{FieldErrors.Echo(text)}' trong dữ liệu '{dataset.Name}'.", $"There is no member '{FieldErrors.Echo(text)}' in the dataset '{dataset.Name}'.");
            return null;
        }

        return id;
    }

    /// <summary>
    /// An id read by the SDK's validating factory (<paramref name="from"/>: <see cref="OrganizationId.From"/>,
    /// <see cref="MemberId.From"/>) after NFC normalisation; null after recording <c>KT_ID_INVALID</c> with the validation
    /// package's message.
    /// </summary>
    private static T? Id<T>(FieldErrors errors, string field, string text, int maxLength, Func<string, T> from)
        where T : struct
    {
        try
        {
            return from(text); // the factory normalises to NFC and refuses ill-formed UTF-16 itself
        }
        catch (ArgumentException)
        {
            errors.Add(field, text, ErrorCodes.IdInvalid, ("Field", field), ("Value", FieldErrors.Echo(text)), ("MaxLength", maxLength));
            return null;
        }
    }
}
