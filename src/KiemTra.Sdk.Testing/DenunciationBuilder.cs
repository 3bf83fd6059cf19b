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
/// var denunciation = DenunciationBuilder.AgainstMember("TN.X01.CB01.M02").ReceivedBy("TN", new LocalDate(2026, 9, 1))
///     .Accepted().Concluded("ND1", AllegationConclusion.TrueWithViolation, new LocalDate(2026, 10, 15)).Build();
/// </code>
/// </example>
public sealed class DenunciationBuilder
{
    private readonly DisciplineSubject _subject;
    private readonly List<Allegation> _allegations = [];
    private readonly List<DenunciationReceipt> _receipts = [];
    private readonly List<(string Id, AllegationConclusion Conclusion, LocalDate On)> _conclusions = [];
    private string _id = "TC-TEST-01";
    private DenunciationSource _source = DenunciationSource.Named;
    private string _informant = "Người tố cáo (thử nghiệm)";
    private bool _accept;
    private NonAcceptanceGround[] _grounds = [];

    private DenunciationBuilder(DisciplineSubject subject) => _subject = subject;

    /// <summary>A denunciation of a full member.</summary>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The id is not valid.</exception>
    public static DenunciationBuilder AgainstMember(string memberId, bool holdsPost = true)
        => new(DisciplineSubject.OfFullMember(MemberId.From(memberId), holdsPost));

    /// <summary>A denunciation of an organisation.</summary>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The id is not valid.</exception>
    public static DenunciationBuilder AgainstOrganization(string organizationId)
        => new(DisciplineSubject.OfOrganization(OrganizationId.From(organizationId)));

    /// <summary>Sets the id.</summary>
    /// <returns>The builder.</returns>
    public DenunciationBuilder WithId(string id)
    {
        _id = id;
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
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The id or content is invalid.</exception>
    public DenunciationBuilder Alleging(string id, string content)
    {
        _allegations.Add(Allegation.Create(RecordId<Allegation>.From(id), content));
        return this;
    }

    /// <summary>Adds a receipt (by default competent). Without one, <c>TEST</c> receives it competently on 2026-01-05.</summary>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The id is not valid.</exception>
    public DenunciationBuilder ReceivedBy(string organizationId, LocalDate on, bool competent = true)
    {
        _receipts.Add(new DenunciationReceipt(OrganizationId.From(organizationId), on, competent));
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
    /// <returns>The builder.</returns>
    public DenunciationBuilder Concluded(string allegationId, AllegationConclusion conclusion, LocalDate on)
    {
        _accept = true;
        _conclusions.Add((allegationId, conclusion, on));
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
        var denunciation = Denunciation.Create(RecordId<Denunciation>.From(_id), _subject, _source, informant, allegations, receipts);
        if (_accept)
        {
            var asOf = receipts.Max(r => r.On);
            denunciation = denunciation.WithIntake(DenunciationIntake.Assess(denunciation, _grounds, RuleBook.BuiltIn, asOf));
        }

        foreach (var (id, conclusion, on) in _conclusions)
        {
            denunciation = denunciation.Conclude(RecordId<Allegation>.From(id), conclusion, on);
        }

        return denunciation;
    }
}
