using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NodaTime;

namespace KiemTra.Sdk.Discipline;

/// <summary>
/// Discipline statistics by form and subject for a period (<i>thống kê thi hành kỷ luật</i>), in the shape of
/// the Thái Nguyên 2020–2025 figures: "thi hành kỷ luật 24 tổ chức đảng (Khiển trách 16, Cảnh cáo 8) và 1.152 đảng viên
/// (Khiển trách 783; Cảnh cáo 164; Cách chức 8; Khai trừ 197), có 846 đảng viên là cấp ủy viên".
/// </summary>
/// <remarks>
/// A decision is counted in the period when its decision date falls in it (both ends included). Each decision counts
/// once, so a member disciplined twice in the period counts twice, and the per-form numbers add up to the totals.
/// Statistics hold counts only: no identifier of any subject.
/// </remarks>
public sealed class DisciplineStatistics
{
    private DisciplineStatistics(LocalDate from, LocalDate to, IReadOnlyDictionary<DisciplineForm, int> organizations, IReadOnlyDictionary<DisciplineForm, int> members, int fullMembers, int probationaryMembers, int committeeMembers)
    {
        From = from;
        To = to;
        OrganizationsByForm = organizations;
        MembersByForm = members;
        FullMembers = fullMembers;
        ProbationaryMembers = probationaryMembers;
        MembersWhoAreCommitteeMembers = committeeMembers;
    }

    /// <summary>First day of the period.</summary>
    public LocalDate From { get; }

    /// <summary>Last day of the period.</summary>
    public LocalDate To { get; }

    /// <summary>
    /// Organisations disciplined, by form (every form of the organisation scale listed, lightest first when enumerated, in
    /// the order of <see cref="DisciplineForm"/>).
    /// </summary>
    public IReadOnlyDictionary<DisciplineForm, int> OrganizationsByForm { get; }

    /// <summary>
    /// Members (full and probationary) disciplined, by form (every form of the full-member scale listed, lightest first when
    /// enumerated, in the order of <see cref="DisciplineForm"/>).
    /// </summary>
    public IReadOnlyDictionary<DisciplineForm, int> MembersByForm { get; }

    /// <summary>Total organisation decisions.</summary>
    public int Organizations => OrganizationsByForm.Values.Sum();

    /// <summary>Total member decisions.</summary>
    public int Members => MembersByForm.Values.Sum();

    /// <summary>Decisions on full members.</summary>
    public int FullMembers { get; }

    /// <summary>Decisions on probationary members.</summary>
    public int ProbationaryMembers { get; }

    /// <summary>Member decisions whose subject is a committee member (<i>cấp ủy viên</i>).</summary>
    public int MembersWhoAreCommitteeMembers { get; }

    /// <summary>Statistics from given figures, checked as <see cref="Compute"/>'s are (tests of the texts built on them use it; hosts compute statistics from the register).</summary>
    /// <param name="from">First day of the period.</param>
    /// <param name="to">Last day of the period (not before <paramref name="from"/>).</param>
    /// <param name="organizationsByForm">Organisations disciplined, by form.</param>
    /// <param name="membersByForm">Members disciplined, by form.</param>
    /// <param name="fullMembers">Full members among them.</param>
    /// <param name="probationaryMembers">Probationary members among them (full + probationary = members).</param>
    /// <param name="committeeMembers">Members who sit on a committee (at most the full members).</param>
    /// <returns>The statistics.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">A count is negative, a form is undefined, the period runs backwards or the totals disagree.</exception>
    internal static DisciplineStatistics Create(LocalDate from, LocalDate to, IReadOnlyDictionary<DisciplineForm, int> organizationsByForm, IReadOnlyDictionary<DisciplineForm, int> membersByForm,
        int fullMembers, int probationaryMembers, int committeeMembers)
    {
        ArgumentNullException.ThrowIfNull(organizationsByForm);
        ArgumentNullException.ThrowIfNull(membersByForm);
        var organizations = Ordered(organizationsByForm);
        var members = Ordered(membersByForm);
        if (to < from)
        {
            throw new ArgumentException($"The period ends on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(to)}, before it starts on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(from)}.", nameof(to));
        }

        foreach (var (list, name) in new[] { (organizations, nameof(organizationsByForm)), (members, nameof(membersByForm)) })
        {
            foreach (var c in list)
            {
                if (c.Value < 0 || !Enum.IsDefined(c.Key))
                {
                    throw new ArgumentException($"Each form counted is a defined form, with a count of zero or more; got form {(int)c.Key} with count {c.Value}.", name);
                }
            }
        }

        var total = members.Values.Sum();
        if (fullMembers < 0 || probationaryMembers < 0 || committeeMembers < 0 || fullMembers + probationaryMembers != total || committeeMembers > fullMembers)
        {
            throw new ArgumentException($"{fullMembers} full + {probationaryMembers} probationary members must make the {total} members counted by form, with at most the full members ({committeeMembers} given) on a committee.", nameof(fullMembers));
        }

        return new DisciplineStatistics(from, to, organizations, members, fullMembers, probationaryMembers, committeeMembers);
    }

    /// <summary>Counts the decisions taken in a period.</summary>
    /// <param name="decisions">Any decisions; those outside the period are ignored.</param>
    /// <param name="from">First day of the period.</param>
    /// <param name="to">Last day of the period.</param>
    /// <param name="rules">The discipline rules whose scales give the list of forms.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static DisciplineStatistics Compute(IEnumerable<DisciplineDecision> decisions, LocalDate from, LocalDate to, DisciplineRules rules)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(rules);
        var formPolicy = rules.FormPolicy;
        if (to < from)
        {
            throw new ArgumentException($"The period ends on {LimitationPolicy.FormatEn(to)}, before it starts on {LimitationPolicy.FormatEn(from)}.", nameof(to));
        }

        var inPeriod = decisions.Where(d => d.DecidedOn >= from && d.DecidedOn <= to).ToList();
        var organizations = inPeriod.Where(d => !d.Subject.IsMember).ToList();
        var members = inPeriod.Where(d => d.Subject.IsMember).ToList();
        var orgScale = formPolicy.ScaleFor(DisciplineSubjectKind.Organization).LightestFirst;
        var memberScale = formPolicy.ScaleFor(DisciplineSubjectKind.FullMember).LightestFirst
            .Concat(formPolicy.ScaleFor(DisciplineSubjectKind.ProbationaryMember).LightestFirst).Distinct().ToList();
        return new DisciplineStatistics(
            from,
            to,
            Ordered(orgScale.ToDictionary(f => f, f => organizations.Count(d => d.Form == f)), orgScale),
            Ordered(memberScale.ToDictionary(f => f, f => members.Count(d => d.Form == f)), memberScale),
            members.Count(d => d.Subject.Kind == DisciplineSubjectKind.FullMember),
            members.Count(d => d.Subject.Kind == DisciplineSubjectKind.ProbationaryMember),
            members.Count(d => d.Subject.IsCommitteeMember));
    }

    /// <summary>The one-sentence summary in the shape used by provincial reports.</summary>
    public LocalizedText Summary => LocalizedText.Of(
        $"Thi hành kỷ luật {Number(Organizations)} tổ chức đảng ({Breakdown(OrganizationsByForm, true)}) và {Number(Members)} đảng viên ({Breakdown(MembersByForm, true)}), có {Number(MembersWhoAreCommitteeMembers)} đảng viên là cấp ủy viên.",
        $"Disciplined {ToEnglishText(Organizations)} party organisations ({Breakdown(OrganizationsByForm, false)}) and {ToEnglishText(Members)} members ({Breakdown(MembersByForm, false)}), of whom {ToEnglishText(MembersWhoAreCommitteeMembers)} are committee members.");

    /// <summary>A plain-text table: period, then one line per subject and form.</summary>
    public string ToTable()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Kỳ / period: {LimitationPolicy.Format(From)} – {LimitationPolicy.Format(To)}\n");
        text.Append(CultureInfo.InvariantCulture, $"{"Đối tượng / subject",-32}{"Hình thức / form",-36}{"Số / count",10}\n");
        foreach (var (form, count) in OrganizationsByForm)
        {
            text.Append(CultureInfo.InvariantCulture, $"{"Tổ chức đảng / organisation",-32}{DisciplineNames.Of(form).ToString(),-36}{Number(count),10}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"{"Tổ chức đảng / organisation",-32}{"Cộng / total",-36}{Number(Organizations),10}\n");
        foreach (var (form, count) in MembersByForm)
        {
            text.Append(CultureInfo.InvariantCulture, $"{"Đảng viên / member",-32}{DisciplineNames.Of(form).ToString(),-36}{Number(count),10}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"{"Đảng viên / member",-32}{"Cộng / total",-36}{Number(Members),10}\n");
        text.Append(CultureInfo.InvariantCulture, $"{"  chính thức / full",-32}{"",-36}{Number(FullMembers),10}\n");
        text.Append(CultureInfo.InvariantCulture, $"{"  dự bị / probationary",-32}{"",-36}{Number(ProbationaryMembers),10}\n");
        text.Append(CultureInfo.InvariantCulture, $"{"  là cấp ủy viên / on a committee",-32}{"",-36}{Number(MembersWhoAreCommitteeMembers),10}\n");
        return text.ToString();
    }

    /// <summary>Returns the Vietnamese summary.</summary>
    public override string ToString() => Summary.Vietnamese;

    private static string Breakdown(IReadOnlyDictionary<DisciplineForm, int> counts, bool vietnamese) =>
        counts.Values.All(c => c == 0) ? (vietnamese ? "không có" : "none") : string.Join("; ", counts.Where(c => c.Value > 0).Select(c => vietnamese
            ? $"{DisciplineNames.Of(c.Key).Vietnamese} {Number(c.Value)}"
            : $"{DisciplineNames.Of(c.Key).English.ToLowerInvariant()} {ToEnglishText(c.Value)}"));

    // Enumerated lightest first in the order of the rules' scale when one is given (the rule set decides severity, never
    // the enum); forms outside the scale, and counts given without one, follow in the enum's order.
    private static ImmutableSortedDictionary<DisciplineForm, int> Ordered(IReadOnlyDictionary<DisciplineForm, int> counts, IReadOnlyList<DisciplineForm>? scale = null)
    {
        var rank = new Dictionary<DisciplineForm, int>();
        for (var i = 0; scale is not null && i < scale.Count; i++)
        {
            rank.TryAdd(scale[i], i);
        }

        var comparer = Comparer<DisciplineForm>.Create((x, y) =>
        {
            var (rx, ry) = (rank.TryGetValue(x, out var a) ? a : int.MaxValue, rank.TryGetValue(y, out var b) ? b : int.MaxValue);
            return rx != ry ? rx.CompareTo(ry) : x.CompareTo(y);
        });
        return counts.ToImmutableSortedDictionary(c => c.Key, c => c.Value, comparer);
    }

    private static string ToEnglishText(int value) => Formatting.TextFormat.EnglishInteger(value);

    // Vietnamese groups thousands with '.', as in the seed documents ("1.152 đảng viên").
    private static string Number(int value) => Formatting.TextFormat.Integer(value);
}
