using NodaTime;
using NodaTime.Text;

namespace KiemTra.Sdk.Discipline;

/// <summary>Dates in explanations, written the Vietnamese way (dd/MM/yyyy) whatever the host's culture.</summary>
internal static class DateText
{
    private static readonly LocalDatePattern Pattern = LocalDatePattern.CreateWithInvariantCulture("dd/MM/uuuu");

    internal static string Format(LocalDate date) => Pattern.Format(date);
}
