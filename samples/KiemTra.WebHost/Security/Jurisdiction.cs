using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Organization;
using KiemTra.WebHost.Cases;
using KiemTra.WebHost.Persistence;
using NodaTime;
using KiemTra.Sdk.Inspection;

namespace KiemTra.WebHost.Security;

/// <summary>
/// What an acting body may read (<i>phạm vi được xem theo thẩm quyền</i>): the cases it conducts and what its authority
/// covers. A case is visible to a body when it is conducted by the body's organisation or by an organisation under it
/// (the hierarchy: a higher level oversees the levels below), or when the SDK's <see cref="AuthorityRules"/> allow the
/// body the case's activity on every subject of the case as of its opening. Anything else is answered as if it did not
/// exist (404): a refusal must not reveal that a case exists.
/// </summary>
internal sealed class Jurisdiction(PartyDataset dataset, AuthorityRules authority)
{
    /// <summary>Whether <paramref name="actor"/> may see the case of <paramref name="record"/>.</summary>
    public bool Sees(ActingBody actor, CaseRecord record) =>
        Covers(actor, record.ConductedBy) || CoversSubjects(actor, record);

    /// <summary>Whether <paramref name="actor"/> may see what <paramref name="organization"/> owns (its cases, programmes): it is the actor's organisation or under it.</summary>
    public bool Covers(ActingBody actor, string organization)
    {
        if (string.Equals(actor.Organization.Value, organization, StringComparison.Ordinal))
        {
            return true;
        }

        OrganizationId id;
        try
        {
            id = OrganizationId.From(organization);
        }
        catch (ArgumentException)
        {
            return false;
        }

        return dataset.Contains(id) && dataset.Contains(actor.Organization) && dataset.IsInSubtree(actor.Organization, id);
    }

    /// <summary>
    /// Whether <paramref name="actor"/> may see a record of the register that is not a case (a disciplinary decision, a
    /// complaint, a denunciation): one of <paramref name="owners"/> (the deciding, recording or receiving organisation) is
    /// the actor's organisation or under it, or the authority rules allow the body <paramref name="activity"/> on
    /// <paramref name="subject"/> on <paramref name="on"/>. Anything else is answered as if it did not exist (404).
    /// </summary>
    public bool SeesRecord(ActingBody actor, IEnumerable<string?> owners, ActivityKind activity, OversightSubject? subject, LocalDate on) =>
        owners.Any(o => o is not null && Covers(actor, o)) || (subject is { } s && Allows(actor, activity, s, on));

    /// <summary>
    /// The subject-kind column of a stored discipline subject: <c>Organization</c>, <c>FullMember</c> or
    /// <c>ProbationaryMember</c> (the names the register has always stored); <see cref="SubjectFromColumn"/> reads it back.
    /// </summary>
    public static string KindColumn(DisciplineSubject subject) =>
        !subject.IsMember ? OrganizationColumn : subject.IsProbationary ? ProbationaryMemberColumn : FullMemberColumn;

    /// <summary>
    /// The discipline subject of a stored row (its <see cref="KindColumn"/>, id and holds-post columns): the one reading
    /// of the column, so that a probationary member reads back as probationary.
    /// </summary>
    /// <exception cref="ArgumentException">The kind is not one <see cref="KindColumn"/> writes, or the id does not validate.</exception>
    public static DisciplineSubject SubjectFromColumn(string kind, string id, bool holdsPost) => kind switch
    {
        OrganizationColumn => DisciplineSubject.OfOrganization(OrganizationId.From(id)),
        FullMemberColumn => DisciplineSubject.OfFullMember(MemberId.From(id), holdsPost),
        ProbationaryMemberColumn => DisciplineSubject.OfProbationaryMember(MemberId.From(id), holdsPost),
        _ => throw new ArgumentException($"The stored subject kind '{kind}' is not {OrganizationColumn}, {FullMemberColumn} or {ProbationaryMemberColumn}.", nameof(kind)),
    };

    /// <summary>The authority subject of a stored discipline subject (its <see cref="KindColumn"/> and id columns), or null when it no longer reads.</summary>
    public static OversightSubject? SubjectOf(string kind, string id)
    {
        try
        {
            var subject = SubjectFromColumn(kind, id, holdsPost: false);
            return subject.Member is { } member ? OversightSubject.Of(member) : OversightSubject.Of(subject.Organization!.Value);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private const string OrganizationColumn = "Organization";
    private const string FullMemberColumn = "FullMember";
    private const string ProbationaryMemberColumn = "ProbationaryMember";

    private bool Allows(ActingBody actor, ActivityKind activity, OversightSubject subject, LocalDate on)
    {
        try
        {
            return authority.Decide(actor, activity, subject, on).Holds;
        }
        catch (Exception ex) when (ex is KeyNotFoundException or ArgumentException or KiemTra.Sdk.Rules.RuleNotFoundException)
        {
            return false;
        }
    }

    private bool CoversSubjects(ActingBody actor, CaseRecord record)
    {
        if (!Enum.TryParse<ActivityKind>(record.Activity, out var activity))
        {
            return false;
        }

        var on = LocalDate.FromDateOnly(record.OpenedOn);
        IReadOnlyList<KiemTra.Sdk.Inspection.OversightSubject> subjects;
        try
        {
            subjects = CaseReplay.Subjects(record);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }

        if (subjects.Count == 0)
        {
            return false;
        }

        foreach (var subject in subjects)
        {
            var target = subject;
            try
            {
                if (!authority.Decide(actor, activity, target, on).Holds)
                {
                    return false;
                }
            }
            catch (Exception ex) when (ex is KeyNotFoundException or ArgumentException)
            {
                return false;
            }
        }

        return true;
    }
}
