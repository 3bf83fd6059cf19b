using System.Globalization;
using FluentValidation;
using NodaTime;
using static KiemTra.Sdk.FluentValidation.RuleBuilderExtensions;

namespace KiemTra.Sdk.FluentValidation;

/// <summary>Shared rules of the case-area validators: dates in order, today from a clock, lists, Vietnamese text.</summary>
internal static class RuleBuilderMoreExtensions
{
    public static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static LocalDate Today(IClock clock, DateTimeZone zone) => clock.GetCurrentInstant().InZone(zone).Date;

    /// <summary>The date is not after today in <paramref name="zone"/> (never the machine's clock).</summary>
    public static IRuleBuilderOptions<T, LocalDate> NotInFuture<T>(this IRuleBuilder<T, LocalDate> rule, string field, IClock clock, DateTimeZone zone)
        => rule.Must(d => d <= Today(clock, zone))
            .WithKiemTraMessage(ErrorCodes.DateInFuture, (_, d) => Args(("Field", field), ("Value", Iso(d)), ("Today", Iso(Today(clock, zone)))));

    /// <summary>The date is not before <paramref name="earlier"/>.</summary>
    public static IRuleBuilderOptions<T, LocalDate> NotBefore<T>(this IRuleBuilder<T, LocalDate> rule, string field, string earlierField, Func<T, LocalDate> earlier)
        => rule.Must((x, d) => d >= earlier(x))
            .WithKiemTraMessage(ErrorCodes.DateOrder, (x, d) => Args(("Later", field), ("LaterValue", Iso(d)), ("Earlier", earlierField), ("EarlierValue", Iso(earlier(x)))));

    /// <summary>At least one item.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<TItem>?> NotEmptyList<T, TItem>(this IRuleBuilder<T, IReadOnlyList<TItem>?> rule, string field)
        => rule.Must(l => l is { Count: > 0 }).WithKiemTraMessage(ErrorCodes.ListEmpty, (_, _) => Args(("Field", field)));

    /// <summary>No item twice (by <paramref name="key"/>).</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<TItem>?> Distinct<T, TItem>(this IRuleBuilder<T, IReadOnlyList<TItem>?> rule, string field, Func<TItem, string?> key)
        => rule.Must(l => FirstRepeated(l, key) is null)
            .WithKiemTraMessage(ErrorCodes.ListDuplicate, (_, l) => Args(("Field", field), ("Value", Echo(FirstRepeated(l, key)))));

    /// <summary>A text that must be stated: not empty, NFC.</summary>
    public static void Stated<T>(this IRuleBuilderInitial<T, string?> rule, string field, string code)
        => rule.Cascade(CascadeMode.Stop)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithKiemTraMessage(code, (_, _) => Args(("Field", field)))
            .Must(v => v!.Length <= InputRules.MaxStringLength).WithKiemTraMessage(ErrorCodes.NameTooLong, (_, v) => Args(("Field", field), ("Length", v!.Length), ("MaxLength", InputRules.MaxStringLength)))
            .Must(v => v!.IsNormalized(System.Text.NormalizationForm.FormC)).WithKiemTraMessage(ErrorCodes.TextNotNfc, (_, _) => Args(("Field", field)));

    /// <summary>A value that must be given (not null); the field is named as the client named it.</summary>
    public static IRuleBuilderOptions<T, TProperty> Required<T, TProperty>(this IRuleBuilderInitial<T, TProperty> rule, string field)
        => rule.Must(v => v is not null).WithKiemTraMessage(ErrorCodes.NameRequired, (_, _) => Args(("Field", field)));

    /// <summary>A text that must be stated: not empty, at most <paramref name="maxLength"/> characters, no control character, NFC.</summary>
    public static void Stated<T>(this IRuleBuilderInitial<T, string?> rule, string field, string code, int maxLength)
        => rule.Cascade(CascadeMode.Stop)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithKiemTraMessage(code, (_, _) => Args(("Field", field)))
            .Must(v => v!.Length <= maxLength).WithKiemTraMessage(ErrorCodes.NameTooLong, (_, v) => Args(("Field", field), ("Length", v!.Length), ("MaxLength", maxLength)))
            .Must(v => ControlCharacter(v!) is null).WithKiemTraMessage(ErrorCodes.TextControlCharacter, (_, v) => Args(("Field", field), ("Character", ControlCharacter(v!))))
            .Must(v => v!.IsNormalized(System.Text.NormalizationForm.FormC)).WithKiemTraMessage(ErrorCodes.TextNotNfc, (_, _) => Args(("Field", field)));

    /// <summary>A count of time units a time limit may hold: 1 to the SDK's <see cref="KiemTra.Sdk.Deadlines.DeadlineRule.MaxCount"/>.</summary>
    public static IRuleBuilderOptions<T, int?> CountOfUnits<T>(this IRuleBuilder<T, int?> rule, string field)
        => rule.Must(c => c is null or (>= 1 and <= KiemTra.Sdk.Deadlines.DeadlineRule.MaxCount))
            .WithKiemTraMessage(ErrorCodes.DocumentRuleViolated, (_, c) => RuleBuilderExtensions.Args(("Path", field), ("Source", "request"), ("Problem", InCurrentLanguage(LocalizedText.Of(
                string.Create(CultureInfo.InvariantCulture, $"thời hạn tính từ 1 đến {KiemTra.Sdk.Deadlines.DeadlineRule.MaxCount} đơn vị; yêu cầu ghi {c}."),
                string.Create(CultureInfo.InvariantCulture, $"a time limit counts 1 to {KiemTra.Sdk.Deadlines.DeadlineRule.MaxCount} units; the request gives {c}."))))));

    /// <summary>The first C0 control character of <paramref name="text"/> other than tab, line feed and carriage return, as <c>U+0000 (NUL)</c>; null when there is none.</summary>
    public static string? ControlCharacter(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' && c is not ('\t' or '\n' or '\r'))
            {
                return string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}") + (c == '\0' ? " (NUL)" : string.Empty);
            }
        }

        return null;
    }

    /// <summary>The text of <paramref name="text"/> in the language of the current UI culture.</summary>
    public static string InCurrentLanguage(LocalizedText text)
        => KiemTraValidationMessages.IsVietnamese(CultureInfo.CurrentUICulture) ? text.Vietnamese : text.English;

    private static string? FirstRepeated<TItem>(IReadOnlyList<TItem>? list, Func<TItem, string?> key)
        => list?.GroupBy(key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
}
