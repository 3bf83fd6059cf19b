namespace KiemTra.Sdk.Denunciations;

/// <summary>
/// Counts over a set of denunciations (<i>thống kê giải quyết tố cáo</i>): letters by source and intake decision,
/// members and organisations whose denunciations were resolved, allegations by conclusion. Counts only: nothing about
/// any informant can appear here.
/// </summary>
public sealed record DenunciationStatistics
{
    private DenunciationStatistics(int received, int named, int anonymous, int falseName, int recordedAsInformation, int accepted, int notAccepted, int forwarded,
        int membersResolved, int organizationsResolved, IReadOnlyDictionary<AllegationConclusion, int> allegations, int membersWithViolation)
    {
        Received = received;
        Named = named;
        Anonymous = anonymous;
        FalseName = falseName;
        RecordedAsInformation = recordedAsInformation;
        Accepted = accepted;
        NotAccepted = notAccepted;
        Forwarded = forwarded;
        MembersResolved = membersResolved;
        OrganizationsResolved = organizationsResolved;
        AllegationsByConclusion = allegations;
        MembersFoundInViolation = membersWithViolation;
    }

    /// <summary>Letters received.</summary>
    public int Received { get; }

    /// <summary>Named letters.</summary>
    public int Named { get; }

    /// <summary>Anonymous letters.</summary>
    public int Anonymous { get; }

    /// <summary>False-name letters.</summary>
    public int FalseName { get; }

    /// <summary>Letters recorded as information (not resolved).</summary>
    public int RecordedAsInformation { get; }

    /// <summary>Letters accepted for resolution.</summary>
    public int Accepted { get; }

    /// <summary>Letters not accepted.</summary>
    public int NotAccepted { get; }

    /// <summary>Letters forwarded to the competent organisation.</summary>
    public int Forwarded { get; }

    /// <summary>Distinct members whose denunciations were resolved (all allegations concluded) (<i>giải quyết tố cáo đối với … đảng viên</i>).</summary>
    public int MembersResolved { get; }

    /// <summary>Distinct organisations whose denunciations were resolved.</summary>
    public int OrganizationsResolved { get; }

    /// <summary>Concluded allegations by conclusion (every conclusion listed).</summary>
    public IReadOnlyDictionary<AllegationConclusion, int> AllegationsByConclusion { get; }

    /// <summary>Distinct members with at least one allegation found a violation.</summary>
    public int MembersFoundInViolation { get; }

    /// <summary>Counts a set of denunciations.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="denunciations"/> is null.</exception>
    public static DenunciationStatistics Compute(IEnumerable<Denunciation> denunciations)
    {
        ArgumentNullException.ThrowIfNull(denunciations);
        var all = denunciations.ToList();
        var resolved = all.Where(d => d.Intake?.Decision == IntakeDecision.Accepted && d.IsConcluded).ToList();
        var allegations = Enum.GetValues<AllegationConclusion>().ToDictionary(
            c => c,
            c => all.Sum(d => d.Allegations.Count(a => a.Conclusion == c)));
        return new DenunciationStatistics(
            all.Count,
            all.Count(d => d.Source == DenunciationSource.Named),
            all.Count(d => d.Source == DenunciationSource.Anonymous),
            all.Count(d => d.Source == DenunciationSource.FalseName),
            all.Count(d => d.Intake?.Decision == IntakeDecision.RecordedAsInformation),
            all.Count(d => d.Intake?.Decision == IntakeDecision.Accepted),
            all.Count(d => d.Intake?.Decision == IntakeDecision.NotAccepted),
            all.Count(d => d.Intake?.Decision == IntakeDecision.Forwarded),
            resolved.Where(d => d.Subject.IsMember).Select(d => d.Subject.Id).Distinct().Count(),
            resolved.Where(d => !d.Subject.IsMember).Select(d => d.Subject.Id).Distinct().Count(),
            allegations,
            resolved.Where(d => d.Subject.IsMember && d.FoundViolation).Select(d => d.Subject.Id).Distinct().Count());
    }

    /// <summary>A one-sentence summary.</summary>
    public LocalizedText Summary => LocalizedText.Of(
        $"Tiếp nhận {Formatting.TextFormat.Integer(Received)} đơn tố cáo ({Formatting.TextFormat.Integer(Named)} đứng tên, {Formatting.TextFormat.Integer(Anonymous)} giấu tên, {Formatting.TextFormat.Integer(FalseName)} mạo tên); thụ lý {Formatting.TextFormat.Integer(Accepted)}, không thụ lý {Formatting.TextFormat.Integer(NotAccepted)}, chuyển đơn {Formatting.TextFormat.Integer(Forwarded)}, lưu làm thông tin {Formatting.TextFormat.Integer(RecordedAsInformation)}; giải quyết tố cáo đối với {Formatting.TextFormat.Integer(MembersResolved)} đảng viên và {Formatting.TextFormat.Integer(OrganizationsResolved)} tổ chức đảng; {Formatting.TextFormat.Integer(MembersFoundInViolation)} đảng viên có vi phạm.",
        $"Received {Formatting.TextFormat.EnglishInteger(Received)} denunciations ({Formatting.TextFormat.EnglishInteger(Named)} named, {Formatting.TextFormat.EnglishInteger(Anonymous)} anonymous, {Formatting.TextFormat.EnglishInteger(FalseName)} false-name); accepted {Formatting.TextFormat.EnglishInteger(Accepted)}, not accepted {Formatting.TextFormat.EnglishInteger(NotAccepted)}, forwarded {Formatting.TextFormat.EnglishInteger(Forwarded)}, kept as information {Formatting.TextFormat.EnglishInteger(RecordedAsInformation)}; resolved denunciations against {Formatting.TextFormat.EnglishInteger(MembersResolved)} members and {Formatting.TextFormat.EnglishInteger(OrganizationsResolved)} organisations; {Formatting.TextFormat.EnglishInteger(MembersFoundInViolation)} members found in violation.");
}
