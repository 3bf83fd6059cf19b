using KiemTra.Sdk.Discipline;

namespace KiemTra.Sdk.Reporting;

/// <summary>
/// How many organisations and members received one form of discipline in the period (<i>số liệu kỷ luật theo hình thức</i>):
/// counts only, so a published report can never carry who was disciplined.
/// </summary>
/// <param name="FormCode">Stable code of the form, e.g. <c>Reprimand</c>.</param>
/// <param name="Form">The form's name, e.g. "Khiển trách" / "Reprimand".</param>
/// <param name="Organizations">Organisations disciplined with this form.</param>
/// <param name="Members">Members disciplined with this form.</param>
public sealed record DisciplineTally(string FormCode, LocalizedText Form, int Organizations, int Members)
{
    /// <summary>One tally per form, organisations and members side by side, from the SDK's discipline statistics (lightest form first).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="statistics"/> is null.</exception>
    public static IReadOnlyList<DisciplineTally> From(DisciplineStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var forms = statistics.OrganizationsByForm.Keys.Concat(statistics.MembersByForm.Keys).Distinct().Order().ToList();
        return forms.Select(f => new DisciplineTally(
            f.ToString(),
            Terms.Of(f),
            statistics.OrganizationsByForm.GetValueOrDefault(f),
            statistics.MembersByForm.GetValueOrDefault(f))).ToList();
    }
}
