using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Inspection;

/// <summary>
/// The figures a higher commission weighs when it assesses a subordinate committee and classifies its inspection
/// commission for a year (<i>căn cứ nhận xét, đánh giá, phân loại</i>): programme completion, cases,
/// follow-up of conclusions, coverage of its own subordinates. The library gathers the evidence; the classification is
/// the assessing body's decision (<see cref="YearlyAssessment"/>), not a threshold invented here.
/// </summary>
public sealed record AssessmentEvidence
{
    /// <summary>The subordinate organisation assessed.</summary>
    public required OrganizationId Organization { get; init; }

    /// <summary>The year.</summary>
    public required int Year { get; init; }

    /// <summary>Items in its programmes for the year.</summary>
    public required int ProgramItemsPlanned { get; init; }

    /// <summary>Of which carried out to the concluding meeting.</summary>
    public required int ProgramItemsDone { get; init; }

    /// <summary>Cases it opened in the year.</summary>
    public required int CasesOpened { get; init; }

    /// <summary>Of which concluded.</summary>
    public required int CasesConcluded { get; init; }

    /// <summary>Its recommendations whose deadline has passed or that were completed.</summary>
    public required int RecommendationsDecided { get; init; }

    /// <summary>Of which completed on time.</summary>
    public required int RecommendationsOnTime { get; init; }

    /// <summary>Its directly subordinate organisations.</summary>
    public required int Subordinates { get; init; }

    /// <summary>Of which covered by one of its cases in the year.</summary>
    public required int SubordinatesCovered { get; init; }

    /// <summary>Gathers the evidence for an organisation and a year.</summary>
    /// <param name="organization">The organisation assessed.</param>
    /// <param name="year">The year.</param>
    /// <param name="programs">Programmes (only the organisation's own, for that year, are counted).</param>
    /// <param name="cases">Cases (only those it conducted, opened in the year).</param>
    /// <param name="recommendations">Recommendations, e.g. the register's (only those from its cases are counted).</param>
    /// <param name="monitor">The deadline monitor (today).</param>
    /// <param name="dataset">The hierarchy.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="KeyNotFoundException">The organisation is not in the dataset.</exception>
    public static AssessmentEvidence Gather(OrganizationId organization, int year, IEnumerable<OversightProgram> programs, IEnumerable<OversightCase> cases, IEnumerable<Recommendation> recommendations, DeadlineMonitor monitor, PartyDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(programs);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(recommendations);
        ArgumentNullException.ThrowIfNull(monitor);
        ArgumentNullException.ThrowIfNull(dataset);
        var own = cases.Where(c => c.ConductedBy == organization && c.History[0].On.Year == year).ToArray();
        var ownPrograms = programs.Where(p => p.Owner.Organization == organization && p.From.Year <= year && p.To.Year >= year).ToArray();
        var planned = 0;
        var done = 0;
        foreach (var program in ownPrograms)
        {
            var inYear = OversightProgram.Create(program.Id, program.Owner, program.Scope, program.From, program.To, program.Items.Where(i => i.Start.Year == year));
            var (d, p, _) = ProgramValidator.Completion(inYear, own);
            planned += p;
            done += d;
        }

        var caseIds = own.Select(c => c.Id.Value).ToHashSet(StringComparer.Ordinal);
        var report = FollowUpReport.Of(recommendations.Where(r => caseIds.Contains(r.SourceReference)), monitor);
        var decided = report.MetOnTime + report.MetLate + report.Overdue;
        var onTime = report.MetOnTime;
        var children = dataset.ChildrenOf(organization, new NodaTime.LocalDate(year, 12, 31)).Select(c => c.Id).ToArray();
        var covered = children.Count(c => own.Any(x => x.Subjects.Any(s => s.Organization == c)));
        return new AssessmentEvidence
        {
            Organization = organization,
            Year = year,
            ProgramItemsPlanned = planned,
            ProgramItemsDone = done,
            CasesOpened = own.Length,
            CasesConcluded = own.Count(c => c.History.Any(e => e.Step == CaseStep.HoldConclusionMeeting)),
            RecommendationsDecided = decided,
            RecommendationsOnTime = onTime,
            Subordinates = children.Length,
            SubordinatesCovered = covered,
        };
    }

    /// <summary>The evidence as one bilingual text.</summary>
    public LocalizedText Describe() => LocalizedText.Of(
        $"{Organization} năm {Year}: hoàn thành {Formatting.TextFormat.Integer(ProgramItemsDone)}/{Formatting.TextFormat.Integer(ProgramItemsPlanned)} nội dung chương trình; mở {Formatting.TextFormat.Integer(CasesOpened)} cuộc, kết luận {Formatting.TextFormat.Integer(CasesConcluded)}; {Formatting.TextFormat.Integer(RecommendationsOnTime)}/{Formatting.TextFormat.Integer(RecommendationsDecided)} kiến nghị thực hiện đúng hạn; kiểm tra, giám sát {Formatting.TextFormat.Integer(SubordinatesCovered)}/{Formatting.TextFormat.Integer(Subordinates)} tổ chức trực thuộc.",
        $"{Organization} in {Year}: {Formatting.TextFormat.EnglishInteger(ProgramItemsDone)} of {Formatting.TextFormat.EnglishInteger(ProgramItemsPlanned)} programme items done; {Formatting.TextFormat.EnglishInteger(CasesOpened)} cases opened, {Formatting.TextFormat.EnglishInteger(CasesConcluded)} concluded; {Formatting.TextFormat.EnglishInteger(RecommendationsOnTime)} of {Formatting.TextFormat.EnglishInteger(RecommendationsDecided)} recommendations on time; {Formatting.TextFormat.EnglishInteger(SubordinatesCovered)} of {Formatting.TextFormat.EnglishInteger(Subordinates)} subordinate organisations covered.");
}
