using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Testing;

/// <summary>
/// Builds a <see cref="Denunciation"/> for host tests in a few lines (<i>dựng đơn tố cáo cho kiểm thử</i>): named by a
/// made-up informant unless told otherwise, one allegation, received by the competent body; optionally taken in and
/// concluded through the SDK's own intake policy. Not thread-safe.
/// </summary>
/// <example>
/// <code>
/// var denunciation = DenunciationBuilder.AgainstMember(MemberId.From("TN.X01.CB01.M02")).ReceivedBy(OrganizationId.From("TN"), new LocalDate(2026, 9, 1))
///     .Accepted().Concluded(RecordId&lt;Allegation&gt;.From("ND1"), AllegationConclusion.TrueWithViolation, new LocalDate(2026, 10, 15)).Build();
/// </code>
/// </example>
public sealed class DenunciationBuilder
{
    private readonly DisciplineSubject _subject;
    private readonly List<Allegation> _allegations = [];
    private readonly List<DenunciationReceipt> _receipts = [];
    private readonly List<(RecordId<Allegation> Id, AllegationConclusion Conclusion, LocalDate On)> _conclusions = [];
    private RecordId<Denunciation> _id = RecordId<Denunciation>.From("TC-TEST-01");
    private DenunciationSource _source = DenunciationSource.Named;
    private string _informant = "Người tố cáo (thử nghiệm)";
    private bool _accept;
    private NonAcceptanceGround[] _grounds = [];

    private DenunciationBuilder(DisciplineSubject subject) => _subject = subject;

    /// <summary>A denunciation of a full member.</summary>
    /// <param name="memberId">The member denounced.</param>
    /// <param name="holdsPost">Whether the member holds a post.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The id is <c>default</c>.</exception>
    public static DenunciationBuilder AgainstMember(MemberId memberId, bool holdsPost = true)
        => new(DisciplineSubject.OfFullMember(Ids.Required(memberId, nameof(memberId)), holdsPost));

    /// <summary>A denunciation of an organisation.</summary>
    /// <param name="organizationId">The organisation denounced.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The id is <c>default</c>.</exception>
    public static DenunciationBuilder AgainstOrganization(OrganizationId organizationId)
        => new(DisciplineSubject.OfOrganization(Ids.Required(organizationId, nameof(organizationId))));

    /// <summary>Sets the id (default <c>TC-TEST-01</c>).</summary>
    /// <param name="id">The denunciation's id.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The id is <c>default</c>.</exception>
    public DenunciationBuilder WithId(RecordId<Denunciation> id)
    {
        _id = Ids.Required(id, nameof(id), "denunciation id");
        return this;
    }

    /// <summary>Makes it named by <paramref name="informantFullName"/> (sealed in a <see cref="ProtectedInformant"/>).</summary>
    /// <returns>The builder.</returns>
    public DenunciationBuilder Named(string informantFullName)
    {
        _source = DenunciationSource.Named;
        _informant = informantFullName;
        return this;
    }

    /// <summary>Makes it anonymous (recorded as information, not resolved).</summary>
    /// <returns>The builder.</returns>
    public DenunciationBuilder Anonymous()
    {
        _source = DenunciationSource.Anonymous;
        return this;
    }

    /// <summary>Adds an allegation (the default one, <c>ND1</c>, is used only when none is added).</summary>
    /// <param name="id">The allegation's id.</param>
    /// <param name="content">What is alleged.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The id is <c>default</c> or the content is invalid.</exception>
    public DenunciationBuilder Alleging(RecordId<Allegation> id, string content)
    {
        _allegations.Add(Allegation.Create(Ids.Required(id, nameof(id), "allegation id"), content));
        return this;
    }

    /// <summary>Adds a receipt (by default competent). Without one, <c>TEST</c> receives it competently on 2026-01-05.</summary>
    /// <param name="organizationId">The organisation that receives it.</param>
    /// <param name="on">The date of receipt.</param>
    /// <param name="competent">Whether the organisation is competent to settle it.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The id is <c>default</c>.</exception>
    public DenunciationBuilder ReceivedBy(OrganizationId organizationId, LocalDate on, bool competent = true)
    {
        _receipts.Add(new DenunciationReceipt(Ids.Required(organizationId, nameof(organizationId)), on, competent));
        return this;
    }

    /// <summary>Takes it in with the built-in intake policy (accepted when named, competent and with no ground against it).</summary>
    /// <param name="grounds">Grounds for not accepting found at intake.</param>
    /// <returns>The builder.</returns>
    public DenunciationBuilder Accepted(params NonAcceptanceGround[] grounds)
    {
        _accept = true;
        _grounds = grounds;
        return this;
    }

    /// <summary>Concludes an allegation (after intake).</summary>
    /// <param name="allegationId">The allegation concluded (<c>ND1</c> when none was added).</param>
    /// <param name="conclusion">The conclusion.</param>
    /// <param name="on">The date of the conclusion.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The id is <c>default</c>.</exception>
    public DenunciationBuilder Concluded(RecordId<Allegation> allegationId, AllegationConclusion conclusion, LocalDate on)
    {
        _accept = true;
        _conclusions.Add((Ids.Required(allegationId, nameof(allegationId), "allegation id"), conclusion, on));
        return this;
    }

    /// <summary>Builds the denunciation through the SDK's factories and policies.</summary>
    /// <returns>The denunciation.</returns>
    /// <exception cref="ArgumentException">The combination is invalid.</exception>
    /// <exception cref="InvalidOperationException">An allegation is concluded although the intake did not accept the denunciation.</exception>
    public Denunciation Build()
    {
        var receipts = _receipts.Count > 0 ? _receipts : [new DenunciationReceipt(OrganizationId.From("TEST"), new LocalDate(2026, 1, 5), true)];
        var allegations = _allegations.Count > 0 ? _allegations : [Allegation.Create(RecordId<Allegation>.From("ND1"), "Lợi dụng chức vụ để trục lợi")];
        var informant = _source == DenunciationSource.Named ? ProtectedInformant.Create(_informant, null, null) : null;
        var denunciation = Denunciation.Create(_id, _subject, _source, informant, allegations, receipts);
        if (_accept)
        {
            var asOf = receipts.Max(r => r.On);
            denunciation = denunciation.WithIntake(DenunciationIntake.Assess(denunciation, _grounds, RuleBook.BuiltIn, asOf));
        }

        foreach (var (id, conclusion, on) in _conclusions)
        {
            denunciation = denunciation.Conclude(id, conclusion, on);
        }

        return denunciation;
    }
}
