namespace KiemTra.Sdk.FluentValidation;

/// <summary>How a request names an enum value: exactly one member by its name, in any letter case.</summary>
internal static class EnumNames
{
    /// <summary>Exactly one of <paramref name="allowed"/> by its name in any letter case (never a number, a list of flags or a padded name); null otherwise.</summary>
    public static TEnum? Of<TEnum>(string? text, IEnumerable<TEnum> allowed)
        where TEnum : struct, Enum
        => text is null ? null : allowed.Select(v => (TEnum?)v).FirstOrDefault(v => string.Equals(v.ToString(), text, StringComparison.OrdinalIgnoreCase));

    /// <summary>Exactly one member of <typeparamref name="TEnum"/> by its name in any letter case; null otherwise.</summary>
    public static TEnum? Of<TEnum>(string? text)
        where TEnum : struct, Enum
        => Of(text, Enum.GetValues<TEnum>());
}
