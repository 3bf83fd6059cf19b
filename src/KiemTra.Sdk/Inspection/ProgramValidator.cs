using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Inspection;

/// <summary>
/// Checks programmes for overlap (<i>chồng chéo</i>), omission (<i>bỏ sót</i>) and authority, and measures
/// their completion. Returns findings; never throws for problems in the data.
/// </summary>
internal static class ProgramValidator
{
    /// <summary>Finding code: the owner may not carry out the item's activity on its subject.</summary>
    public const string AuthorityDenied = ErrorCodes.ProgramAuthorityDenied;

    /// <summary>Finding code: two items supervise or inspect the same organisation at the same time on the same activity or content.</summary>
    public const string Overlap = ErrorCodes.ProgramOverlap;

    /// <summary>Finding code: a term programme leaves a subordinate organisation out.</summary>
    public const string Omission = ErrorCodes.ProgramOmission;

    /// <summary>Validates a set of programmes (typically every programme of a province's bodies for a term or a year).</summary>
    /// <param name="programs">The programmes.</param>
    /// <param name="dataset">The hierarchy.</param>
    /// <param name="authority">The authority rules over the same hierarchy.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<Finding> Validate(IEnumerable<OversightProgram> programs, PartyDataset dataset, AuthorityRules authority)
    {
        ArgumentNullException.ThrowIfNull(programs);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(authority);
        var list = programs.ToArray();
        var findings = new List<Finding>();
        var planned = list.SelectMany(p => p.Items.Select(i => (Program: p, Item: i))).ToArray();
        var deniedItems = new HashSet<ProgramItem>(ReferenceEqualityComparer.Instance);

        foreach (var (program, item) in planned)
        {
            if (!dataset.Contains(item.Subject))
            {
                deniedItems.Add(item);
                findings.Add(Finding.Create(AuthorityDenied, FindingSeverity.Error, $"{program.Id}/{item.Id}", LocalizedText.Of(
                    $"{program.Id}/{item.Id}: {item.Subject} không có trong dữ liệu tổ chức.", $"{program.Id}/{item.Id}: {item.Subject} is not in the dataset.")));
                continue;
            }

            var decision = authority.Decide(program.Owner, item.Activity, OversightSubject.Of(item.Subject), item.Start);
            if (!decision.Holds)
            {
                deniedItems.Add(item);
                var owner = OwnerName(dataset, program.Owner);
                var activity = Indicators.IndicatorTerms.Of(item.Activity);
                findings.Add(Finding.Create(AuthorityDenied, FindingSeverity.Error, $"{program.Id}/{item.Id}", LocalizedText.Of(
                    $"{program.Id}/{item.Id}: {owner.Vietnamese} không được tiến hành {activity.Vietnamese} đối với {item.Subject}: {decision.Reason.Vietnamese}",
                    $"{program.Id}/{item.Id}: {owner.English} may not carry out {activity.English} on {item.Subject}: {decision.Reason.English}"),
                    decision.Rules.FirstOrDefault()));
            }
        }

        for (var a = 0; a < planned.Length; a++)
        {
            for (var b = a + 1; b < planned.Length; b++)
            {
                var (pa, ia) = planned[a];
                var (pb, ib) = planned[b];
                if (ia.Subject != ib.Subject || !ia.OverlapsInTime(ib))
                {
                    continue;
                }

                var shared = ia.ContentAreas.Intersect(ib.ContentAreas, StringComparer.Ordinal).ToArray();
                if (ia.Activity != ib.Activity && shared.Length == 0)
                {
                    continue;
                }

                // Content areas are codes of a host-extensible catalogue; they are quoted as codes in both languages.
                var why = ia.Activity == ib.Activity ? $"cùng hoạt động {Indicators.IndicatorTerms.Of(ia.Activity).Vietnamese}" : $"cùng nội dung (mã) {string.Join(", ", shared)}";
                var whyEn = ia.Activity == ib.Activity ? $"the same activity, {Indicators.IndicatorTerms.Of(ia.Activity).English}" : $"shared content (codes) {string.Join(", ", shared)}";
                findings.Add(Finding.Create(Overlap, FindingSeverity.Warning, $"{pa.Id}/{ia.Id}", LocalizedText.Of(
                    $"{pa.Id}/{ia.Id} và {pb.Id}/{ib.Id} chồng chéo: cùng đối tượng {ia.Subject}, trùng thời gian ({KiemTra.Sdk.Formatting.TextFormat.Date(Max(ia.Start, ib.Start))}–{KiemTra.Sdk.Formatting.TextFormat.Date(Min(ia.End, ib.End))}), {why}.",
                    $"{pa.Id}/{ia.Id} and {pb.Id}/{ib.Id} overlap: same subject {ia.Subject}, same time ({KiemTra.Sdk.Formatting.TextFormat.IsoDate(Max(ia.Start, ib.Start))} to {KiemTra.Sdk.Formatting.TextFormat.IsoDate(Min(ia.End, ib.End))}), {whyEn}.")));
            }
        }

        foreach (var owner in list.Where(p => p.Scope == Reporting.ReportingPeriodKind.Term).GroupBy(p => p.Owner.Organization).OrderBy(g => g.Key))
        {
            if (!dataset.Contains(owner.Key))
            {
                continue;
            }

            var asOf = owner.Min(p => p.From);
            // Any body of the organisation covers a subordinate, but not through an item it has no authority for.
            var covered = list.Where(p => p.Owner.Organization == owner.Key).SelectMany(p => p.Items).Where(i => !deniedItems.Contains(i)).Select(i => i.Subject).ToHashSet();
            foreach (var child in dataset.ChildrenOf(owner.Key, asOf).Where(c => !covered.Contains(c.Id)))
            {
                findings.Add(Finding.Create(Omission, FindingSeverity.Warning, child.Id.Value, LocalizedText.Of(
                    $"Chương trình toàn khóa của {owner.Key} bỏ sót {child.Id} ({child.Name}): mỗi tổ chức trực thuộc được kiểm tra, giám sát ít nhất một lần trong nhiệm kỳ.",
                    $"The term programme of {owner.Key} leaves out {child.Id} ({child.Name}): every subordinate organisation is to be inspected or supervised at least once per term.")));
            }
        }

        return findings.OrderByDescending(f => f.Severity).ThenBy(f => f.Code, StringComparer.Ordinal).ThenBy(f => f.SubjectId, StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// The share of a programme's items carried out (target: 100%): an item is done when a case of the same activity on
    /// the same subject, conducted by the programme's owner organisation and opened within the item's window, has reached
    /// the concluding meeting.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static (int Done, int Planned, IReadOnlyList<ProgramItem> NotDone) Completion(OversightProgram program, IEnumerable<OversightCase> cases)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(cases);
        var concluded = cases.Where(c => c.ConductedBy == program.Owner.Organization && c.History.Any(e => e.Step == CaseStep.HoldConclusionMeeting)).ToArray();
        var notDone = program.Items.Where(i => !concluded.Any(c =>
            c.Activity == i.Activity && c.Subjects.Any(s => s.Organization == i.Subject) && c.History[0].On >= i.Start && c.History[0].On <= i.End)).ToArray();
        return (program.Items.Count - notDone.Length, program.Items.Count, notDone);
    }

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    /// <summary>The owner body's name as the dataset gives it (e.g. "Ủy ban Kiểm tra Tỉnh ủy …"), or a generic name if the dataset lacks it.</summary>
    /// <param name="dataset">The hierarchy.</param>
    /// <param name="owner">The programme's owner.</param>
    private static LocalizedText OwnerName(PartyDataset dataset, ActingBody owner)
    {
        if (dataset.Contains(owner.Organization) && owner.Body == BodyKind.AdvisoryAgency)
        {
            // An organisation has several advisory agencies; the acting body does not say which one.
            var name = dataset.GetOrganization(owner.Organization).Name;
            return LocalizedText.Of($"Cơ quan tham mưu, giúp việc của {name}", $"An advisory agency of {name}");
        }

        if (dataset.Contains(owner.Organization))
        {
            foreach (var body in dataset.BodiesOf(owner.Organization))
            {
                if (body.Kind == owner.Body)
                {
                    return body.Name;
                }
            }
        }

        return LocalizedText.Of($"chủ thể của tổ chức {owner.Organization}", $"a body of organisation {owner.Organization}");
    }
}
