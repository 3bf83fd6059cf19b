namespace KiemTra.Sdk.Organization;

/// <summary>The one definition of what an identifier may contain, shared by every id type.</summary>
internal static class IdentifierRules
{
    internal static string Validate(string? value, string paramName, string what, int maxLength)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException($"The {what} must not be empty.", paramName);
        }

        if (value.Length > maxLength)
        {
            throw new ArgumentException($"The {what} '{value[..16]}…' has {value.Length} characters; at most {maxLength} are allowed.", paramName);
        }

        foreach (var c in value)
        {
            var ok = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '-' or '_';
            if (!ok)
            {
                throw new ArgumentException($"The {what} '{value}' contains '{c}' (U+{(int)c:X4}); only ASCII letters, digits, '.', '-' and '_' are allowed.", paramName);
            }
        }

        return value;
    }
}
