using System.Globalization;
using System.Text;
using FluentValidation;
using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.FluentValidation;

/// <summary>Attaches an SDK error code and its bilingual message (chosen per call from the current UI culture) to a rule.</summary>
internal static class RuleBuilderExtensions
{
    public static IRuleBuilderOptions<T, TProperty> WithKiemTraMessage<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule,
        string code,
        Func<T, TProperty, IReadOnlyDictionary<string, object?>> arguments)
        => rule.WithErrorCode(code).WithMessage((model, value) => KiemTraValidationMessages.Format(code, CultureInfo.CurrentUICulture, arguments(model, value)));

    public static Dictionary<string, object?> Args(params (string Name, object? Value)[] values)
        => values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

    /// <summary>The shared rules for a display name: not empty, at most <paramref name="maxLength"/> characters, NFC.</summary>
    public static void ValidName<T>(this IRuleBuilderInitial<T, string?> rule, string field, int maxLength)
    {
        rule.Cascade(CascadeMode.Stop)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithKiemTraMessage(ErrorCodes.NameRequired, (_, _) => Args(("Field", field)))
            .Must(v => v!.Length <= maxLength).WithKiemTraMessage(ErrorCodes.NameTooLong, (_, v) => Args(("Field", field), ("Length", v!.Length), ("MaxLength", maxLength)))
            .Must(v => v!.IsNormalized(NormalizationForm.FormC)).WithKiemTraMessage(ErrorCodes.TextNotNfc, (_, _) => Args(("Field", field)));
    }

    /// <summary>The shared rule for an identifier: the SDK's own id rules (the validating factory decides).</summary>
    public static IRuleBuilderOptions<T, string?> ValidId<T>(this IRuleBuilder<T, string?> rule, string field, Func<string, object> factory, int maxLength)
        => rule.Must(v => IsValid(v, factory)).WithKiemTraMessage(ErrorCodes.IdInvalid, (_, v) => Args(("Field", field), ("Value", Echo(v)), ("MaxLength", maxLength)));

    /// <summary>The shared rule for a record's own identifier (<see cref="InputRules.NormalizeIdentifier"/>, the SDK's <see cref="InputRules"/>).</summary>
    public static IRuleBuilderOptions<T, string?> ValidIdentifier<T>(this IRuleBuilder<T, string?> rule, string field)
        => rule.ValidId(field, v => InputRules.NormalizeIdentifier(v), InputRules.MaxIdentifierLength);

    /// <summary>The shared rule for a document reference (<see cref="InputRules.NormalizeReference"/>: an identifier that may hold '/', as in <c>05-QĐ/UBKT</c>).</summary>
    public static IRuleBuilderOptions<T, string?> ValidReference<T>(this IRuleBuilder<T, string?> rule, string field)
        => rule.ValidId(field, v => InputRules.NormalizeReference(v), InputRules.MaxIdentifierLength);

    /// <summary>The shared rule for a subject: exactly one of an organisation id or a member id.</summary>
    public static IRuleBuilderOptions<T, KiemTra.Sdk.FluentValidation.Inspection.OversightSubjectDraft?> ExactlyOneId<T>(this IRuleBuilder<T, KiemTra.Sdk.FluentValidation.Inspection.OversightSubjectDraft?> rule, string field)
        => rule.Must(s => s?.Key is not null)
            .WithKiemTraMessage(ErrorCodes.SubjectInvalid, (_, s) => Args(("Subject", Echo(s?.Organization ?? s?.Member) ?? field), ("Kind", s is null ? "null" : "organization/member"), ("Problem", RuleBuilderMoreExtensions.InCurrentLanguage(
                LocalizedText.Of("mỗi đối tượng có đúng một trong 'organization' hoặc 'member'.", "each subject has exactly one of 'organization' or 'member'.")))));

    /// <summary>How many characters of a refused value a message repeats: a value of a megabyte is never sent back whole.</summary>
    public const int MaxEcho = 64;

    /// <summary>The value as a message repeats it: whole up to <see cref="MaxEcho"/> characters, otherwise its first <see cref="MaxEcho"/> (never half a surrogate pair) and "…".</summary>
    public static string? Echo(string? value)
    {
        if (value is null || value.Length <= MaxEcho)
        {
            return value;
        }

        var length = char.IsHighSurrogate(value[MaxEcho - 1]) ? MaxEcho - 1 : MaxEcho;
        return string.Concat(value.AsSpan(0, length), "…");
    }

    public static IRuleBuilderOptions<T, TEnum> Defined<T, TEnum>(this IRuleBuilder<T, TEnum> rule, string field)
        where TEnum : struct, Enum
        => rule.Must(Enum.IsDefined).WithKiemTraMessage(ErrorCodes.EnumUndefined, (_, v) => Args(("Field", field), ("Value", v), ("Allowed", string.Join(", ", Enum.GetNames<TEnum>()))));

    /// <summary>The shared rule for an enum value a draft may take only some values of: one of <paramref name="allowed"/>; the message lists them.</summary>
    public static IRuleBuilderOptions<T, TEnum> OneOf<T, TEnum>(this IRuleBuilder<T, TEnum> rule, string field, params TEnum[] allowed)
        where TEnum : struct, Enum
        => rule.Must(v => allowed.Contains(v)).WithKiemTraMessage(ErrorCodes.EnumUndefined, (_, v) => Args(("Field", field), ("Value", v), ("Allowed", string.Join(", ", allowed))));

    /// <summary>
    /// The shared rule for a name given as text: exactly one of <paramref name="allowed"/> (<paramref name="accepts"/>
    /// decides, the model's own reading), never a number or a list; the message lists the names.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> OneOf<T>(this IRuleBuilder<T, string?> rule, string field, IEnumerable<string> allowed, Func<string, bool> accepts)
    {
        var names = string.Join(", ", allowed);
        return rule.Must(v => v is null || accepts(v)).WithKiemTraMessage(ErrorCodes.EnumUndefined, (_, v) => Args(("Field", field), ("Value", Echo(v)), ("Allowed", names)));
    }

    /// <summary>Whether the SDK's validating factory accepts <paramref name="value"/>.</summary>
    public static bool IsValid(string? value, Func<string, object> factory)
    {
        if (value is null)
        {
            return false;
        }

        try
        {
            factory(value);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
