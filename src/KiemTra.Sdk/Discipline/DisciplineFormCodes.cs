using System.Globalization;
using System.Text;

namespace KiemTra.Sdk.Discipline;

/// <summary>
/// Stable text codes of the disciplinary forms (<i>mã hình thức kỷ luật</i>) for data files and user input:
/// <c>reprimand</c>, <c>warning</c>, <c>removal-from-post</c>, <c>expulsion</c>, <c>dissolution</c>, and the
/// Vietnamese terms with or without diacritics (<c>khiển trách</c>, <c>khien-trach</c>…). Public through
/// <see cref="DisciplineRules.FormCode"/> and <see cref="DisciplineRules.ParseFormCode"/>.
/// </summary>
internal static class DisciplineFormCodes
{
    /// <summary>The stable English code of a form, e.g. <c>removal-from-post</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined form.</exception>
    public static string ToCode(DisciplineForm form) => form switch
    {
        DisciplineForm.Reprimand => "reprimand",
        DisciplineForm.Warning => "warning",
        DisciplineForm.RemovalFromPost => "removal-from-post",
        DisciplineForm.Expulsion => "expulsion",
        DisciplineForm.Dissolution => "dissolution",
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, "Not a defined discipline form."),
    };

    /// <summary>Parses a code or Vietnamese term into a form.</summary>
    /// <param name="text">A code such as <c>warning</c> or a term such as <c>cảnh cáo</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a form; removal from the roll and suspension are
    /// rejected with the explanation that they are not disciplinary forms.</exception>
    public static DisciplineForm Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = Normalize(text);
        switch (key)
        {
            case "reprimand" or "khien-trach":
                return DisciplineForm.Reprimand;
            case "warning" or "canh-cao":
                return DisciplineForm.Warning;
            case "removal-from-post" or "cach-chuc":
                return DisciplineForm.RemovalFromPost;
            case "expulsion" or "khai-tru":
                return DisciplineForm.Expulsion;
            case "dissolution" or "giai-tan":
                return DisciplineForm.Dissolution;
            case "xoa-ten" or "removal-from-roll" or "removal-from-the-roll":
                throw new FormatException(
                    $"'{text}': Xóa tên không phải là hình thức kỷ luật đảng / Removal from the roll is not a disciplinary form.");
            case "dinh-chi-sinh-hoat" or "dinh-chi" or "suspension":
                throw new FormatException(
                    $"'{text}': Đình chỉ sinh hoạt không phải là hình thức kỷ luật đảng / Suspension from party activity is not a disciplinary form.");
            default:
                throw new FormatException(
                    $"'{text}' không phải là hình thức kỷ luật / is not a disciplinary form; expected one of reprimand, warning, removal-from-post, expulsion, dissolution.");
        }
    }

    private static string Normalize(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c is ' ' or '_' ? '-' : c);
        }

        return builder.ToString();
    }
}
