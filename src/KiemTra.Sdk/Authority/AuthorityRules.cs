using System.Collections.Immutable;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Authority;

/// <summary>
/// Decides jurisdiction and authority (<i>thẩm quyền kiểm tra, giám sát, kỷ luật</i>): may a body of an organisation
/// perform an activity on an organisation or member as of a date? Follows the authority table (rule keys
/// <c>authority.&lt;activity&gt;.bodies</c>), the discipline powers of cells (<c>discipline.cell.decidable-forms</c>),
/// thematic supervision by cells (<c>supervision.thematic.cell.*</c>), and jurisdiction from the management relations
/// and the level: a body acts on organisations below its own and on members its organisation's subtree manages
/// (skip-level inspection included).
/// </summary>
/// <remarks>
/// <para>Example: <c>Decide(new ActingBody(cellId, BodyKind.Cell), ActivityKind.Discipline, OversightSubject.Of(m),
/// date, DisciplineForm.Expulsion)</c> is denied: a cell decides only reprimand or warning of its members and proposes heavier forms
/// to the level above.</para>
/// <para>What cannot be checked from the data (an advisory agency's field, the same-level finance office) is stated in
/// the reason.</para>
/// <para>The answer is a <see cref="Ruling"/>: <see cref="Ruling.Holds"/> when the body may act, the reason naming the
/// organisations, the rule and any caveat, the rules cited (the authority table first), and whether every rule is verified and
/// in force in its own right.</para>
/// </remarks>
public sealed class AuthorityRules
{
    private readonly PartyDataset _dataset;
    private readonly RuleBook _rules;

    /// <summary>Creates the rules over a dataset and a rule book.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AuthorityRules(PartyDataset dataset, RuleBook rules)
    {
        _dataset = dataset ?? throw new ArgumentNullException(nameof(dataset));
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
    }

    /// <summary>Decides whether <paramref name="actor"/> may perform <paramref name="activity"/> on <paramref name="subject"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="actor">The acting body.</param>
    /// <param name="activity">The activity.</param>
    /// <param name="subject">The organisation or member concerned.</param>
    /// <param name="asOf">The date of the act.</param>
    /// <param name="disciplineForm">For <see cref="ActivityKind.Discipline"/>: the form (text from users or files is
    /// parsed with <see cref="DisciplineRules.ParseFormCode"/> first, which knows <c>warning</c>, <c>Warning</c>,
    /// <c>cảnh cáo</c>…); otherwise null.</param>
    /// <returns>The ruling: <see cref="Ruling.Holds"/> when the body may act; the reason; the rules cited, the authority table first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The actor's organisation or the subject is not in the dataset.</exception>
    /// <exception cref="ArgumentException"><paramref name="disciplineForm"/> is missing for discipline, given for another
    /// activity or not a defined form (the message names the value); the activity or body is undefined. A wrong argument
    /// is never answered as a denial.</exception>
    /// <exception cref="RuleNotFoundException">No authority rule was in force on the date.</exception>
    public Ruling Decide(ActingBody actor, ActivityKind activity, OversightSubject subject, LocalDate asOf, DisciplineForm? disciplineForm = null)
    {
        ArgumentNullException.ThrowIfNull(subject);
        RequireArguments(activity, disciplineForm);
        if (!Enum.IsDefined(actor.Body))
        {
            throw new ArgumentException($"Unknown body kind {(int)actor.Body}.", nameof(actor));
        }

        var d = new DecisionBuilder();
        var isMember = subject.Member is not null;
        var org = _dataset.IndexOf(actor.Organization);
        var subjectOrg = isMember ? -1 : _dataset.IndexOf(subject.Organization!.Value);
        var subjectMember = isMember ? _dataset.IndexOf(subject.Member!.Value) : -1;
        var date = DateCode.Of(asOf);
        var orgName = _dataset.NameOf(org);

        // 1. The authority table: which bodies may perform the activity at all (cited first, so every answer names it).
        var table = _rules.Resolve($"authority.{ActivityCode(activity)}.bodies", asOf);
        d.Cite(table);
        if (!_dataset.ExistsOn(org, date))
        {
            return d.Deny($"{orgName} không tồn tại vào ngày {KiemTra.Sdk.Formatting.TextFormat.Date(asOf)}.", $"{orgName} did not exist on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(asOf)}.");
        }

        if (!_dataset.HasBody(org, actor.Body))
        {
            return d.Deny($"{orgName} không có {BodyVi(actor.Body)}.", $"{orgName} has no {BodyEn(actor.Body)}.");
        }

        if (!table.Value.AsCodes().Contains(BodyCode(actor.Body)))
        {
            return d.Deny(
                $"{BodyViCap(actor.Body)} không có thẩm quyền {ActivityVi(activity)}.",
                $"{BodyEnCap(actor.Body)} may not perform {ActivityEn(activity)}.");
        }

        // 2. Level conditions of particular rows.
        var kind = _dataset.KindOf(org);
        if (activity == ActivityKind.ComplaintResolution && kind is OrganizationKind.Cell or OrganizationKind.GrassrootsCell or OrganizationKind.SubCommittee or OrganizationKind.PartyGroup)
        {
            return d.Deny(
                $"Khiếu nại kỷ luật được giải quyết từ cấp đảng ủy cơ sở trở lên; {orgName} ({HierarchyChecks.KindName(kind).Vietnamese}) dưới cấp đó.",
                $"Complaints against discipline are resolved from the grassroots committee up; {orgName} ({HierarchyChecks.KindName(kind).English}) is below that level.");
        }

        if (activity == ActivityKind.ThematicSupervision && actor.Body == BodyKind.Cell)
        {
            var withCommittee = _rules.Resolve("supervision.thematic.cell.with-cell-committee", asOf);
            var over = _rules.Resolve("supervision.thematic.cell.members-over", asOf);
            d.Cite(withCommittee);
            d.Cite(over);
            var members = 0;
            for (var m = _dataset.MemberRangeStart(org); m < _dataset.MemberRangeStart(_dataset.SubtreeEnd(org)); m++)
            {
                members += _dataset.MemberAdmittedCode(m) <= date ? 1 : 0;
            }

            var hasCellCommittee = (_dataset.FlagsOf(org) & OrganizationFlags.CellCommittee) != 0;
            if (!(hasCellCommittee && withCommittee.Value.AsBoolean()) && members <= over.Value.AsInteger())
            {
                return d.Deny(
                    $"Chi bộ chỉ giám sát chuyên đề khi có chi ủy hoặc trên {over.Value.AsInteger()} đảng viên; {orgName} không có chi ủy và có {members} đảng viên.",
                    $"A cell carries out thematic supervision only with a cell committee or more than {over.Value.AsInteger()} members; {orgName} has no cell committee and {members} members.");
            }

            d.Note(hasCellCommittee ? $"{orgName} có chi ủy." : $"{orgName} có {members} đảng viên.", hasCellCommittee ? $"{orgName} has a cell committee." : $"{orgName} has {members} members.");
        }

        // 3. The kind of subject each row takes.
        if (activity is ActivityKind.InspectionOfInspectionDuties or ActivityKind.PartyFinanceInspection && isMember)
        {
            return d.Deny($"{ActivityViCap(activity)} có đối tượng là tổ chức đảng cấp dưới, không phải đảng viên.", $"{ActivityEnCap(activity)} is about lower party organisations, not members.");
        }

        if (activity == ActivityKind.AssetDeclarationInspection && !isMember)
        {
            return d.Deny("Kiểm tra kê khai tài sản, thu nhập có đối tượng là đảng viên (người kê khai).", "Asset and income declaration checks are about members (the declarants).");
        }

        if (actor.Body == BodyKind.Cell && !isMember)
        {
            return d.Deny($"Chi bộ {orgName} chỉ thực hiện đối với đảng viên của chi bộ, không đối với tổ chức đảng.", $"Cell {orgName} acts only on its own members, not on party organisations.");
        }

        // 4. Jurisdiction: the subject must lie within the actor's organisation.
        if (isMember)
        {
            var memberOrg = _dataset.MemberOrg(subjectMember);
            var memberName = new string(_dataset.MemberNameSpan(subjectMember));
            if (_dataset.MemberAdmittedCode(subjectMember) > date)
            {
                return d.Deny($"{memberName} chưa là đảng viên vào ngày {KiemTra.Sdk.Formatting.TextFormat.Date(asOf)}.", $"{memberName} was not yet a member on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(asOf)}.");
            }

            var cadre = _dataset.MemberCadreOf(subjectMember);
            var underActor = _dataset.InSubtree(org, memberOrg);
            var managedAsCadre = cadre >= 0 && cadre == org;
            if (!underActor && !managedAsCadre)
            {
                return d.Deny(
                    $"{memberName} do {_dataset.NameOf(memberOrg)} quản lý, không thuộc phạm vi của {orgName}.",
                    $"{memberName} is managed by {_dataset.NameOf(memberOrg)}, outside the remit of {orgName}.");
            }

            d.Note(
                managedAsCadre ? $"{memberName} là cán bộ thuộc diện cấp ủy {orgName} quản lý." : $"{memberName} sinh hoạt tại {_dataset.NameOf(memberOrg)}, thuộc {orgName}.",
                managedAsCadre ? $"{memberName} is a cadre managed by the committee of {orgName}." : $"{memberName} belongs to {_dataset.NameOf(memberOrg)}, within {orgName}.");
            SkipLevel(d, org, memberOrg);
        }
        else
        {
            var subjectName = _dataset.NameOf(subjectOrg);
            if (_dataset.CreatedCode(subjectOrg) > date)
            {
                return d.Deny($"{subjectName} chưa được thành lập vào ngày {KiemTra.Sdk.Formatting.TextFormat.Date(asOf)}.", $"{subjectName} did not exist yet on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(asOf)}.");
            }

            if (subjectOrg == org || !_dataset.InSubtree(org, subjectOrg))
            {
                return d.Deny(
                    $"{subjectName} không phải tổ chức đảng cấp dưới của {orgName}.",
                    $"{subjectName} is not a party organisation below {orgName}.");
            }

            d.Note($"{subjectName} là tổ chức đảng cấp dưới của {orgName}.", $"{subjectName} is a party organisation below {orgName}.");
            if (!_dataset.ExistsOn(subjectOrg, date))
            {
                var ended = DateCode.ToDate(_dataset.EndedCode(subjectOrg));
                d.Note($"{subjectName} đã chấm dứt từ {KiemTra.Sdk.Formatting.TextFormat.Date(ended)}; quy định vẫn áp dụng đối với tổ chức đã giải thể, hợp nhất.", $"{subjectName} ended on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(ended)}; the rules still apply to dissolved or merged organisations.");
            }

            SkipLevel(d, org, subjectOrg);
        }

        // 5. Discipline: the form must exist for the subject, and a cell decides only the lighter forms.
        if (activity == ActivityKind.Discipline)
        {
            var formCode = DisciplineFormCodes.ToCode(disciplineForm!.Value);
            var formName = LowerName(disciplineForm.Value);
            var formsKey = isMember
                ? _dataset.MemberStatusOf(subjectMember) == MemberStatus.Full ? "discipline.forms.full-member" : "discipline.forms.probationary-member"
                : "discipline.forms.organization";
            var forms = _rules.Resolve(formsKey, asOf);
            if (!forms.Value.AsCodes().Contains(formCode))
            {
                d.Cite(forms);
                return d.Deny(
                    $"Hình thức {formName.Vietnamese} không áp dụng cho đối tượng này; các hình thức: {FormNames(forms, vi: true)}.",
                    $"The form {formName.English} does not apply to this subject; the forms are: {FormNames(forms, vi: false)}.");
            }

            if (disciplineForm == DisciplineForm.RemovalFromPost && isMember && !_dataset.PostsOfMember(subjectMember).Any())
            {
                var requiresPost = _rules.Resolve("discipline.forms.removal-from-post.requires-post", asOf);
                d.Cite(requiresPost);
                if (requiresPost.Value.AsBoolean())
                {
                    return d.Deny("Cách chức chỉ áp dụng với đảng viên giữ chức vụ; đảng viên này không giữ chức vụ nào.", "Removal from post applies only to a member holding a post; this member holds none.");
                }
            }

            if (actor.Body == BodyKind.Cell)
            {
                var decidable = _rules.Resolve("discipline.cell.decidable-forms", asOf);
                d.Cite(decidable);
                if (!decidable.Value.AsCodes().Contains(formCode))
                {
                    var parent = _dataset.ParentOf(org);
                    var above = parent >= 0 ? _dataset.NameOf(parent) : "cấp trên";
                    return d.Deny(
                        $"Chi bộ chỉ quyết định {FormNames(decidable, vi: true)} đối với đảng viên của mình; hình thức {formName.Vietnamese} phải đề nghị lên {above}.",
                        $"A cell decides only {FormNames(decidable, vi: false)} of its members; the form {formName.English} must be proposed to {(parent >= 0 ? above : "the level above")}.");
                }
            }
        }

        if (actor.Body == BodyKind.AdvisoryAgency)
        {
            d.Note("Cơ quan tham mưu, giúp việc thực hiện trong lĩnh vực được giao (không kiểm tra được từ dữ liệu).", "Advisory agencies act within their assigned field (not checkable from the data).");
        }

        if (activity == ActivityKind.PartyFinanceInspection)
        {
            d.Note("Bao gồm tài chính của cấp ủy cấp dưới; việc kiểm tra cơ quan tài chính cùng cấp không thể hiện trong dữ liệu.", "Covers lower committees' finances; the same-level finance office is not in the data.");
        }

        return d.Allow(
            $"{PartyBodyNames.Vietnamese(actor.Body, null, kind, orgName, "Cơ quan tham mưu, giúp việc")} được {ActivityVi(activity)}.",
            $"The {BodyEn(actor.Body)} of {orgName} may perform {ActivityEn(activity)}.");
    }

    /// <summary>
    /// Which bodies may perform <paramref name="activity"/> on <paramref name="subject"/> on <paramref name="on"/>
    /// (<i>những chủ thể nào có thẩm quyền</i>): every body of every organisation that could have jurisdiction —
    /// the subject's own organisation (for a member) and each organisation above it, and the committee that manages the
    /// member as a cadre — is decided with <see cref="Decide"/>, and the bodies allowed are returned, nearest level first.
    /// <see cref="Decide"/> with one of them gives its reason and the rules cited.
    /// </summary>
    /// <param name="activity">The activity.</param>
    /// <param name="subject">The organisation or member concerned.</param>
    /// <param name="on">The date of the act.</param>
    /// <param name="disciplineForm">For <see cref="ActivityKind.Discipline"/>: the form; otherwise null.</param>
    /// <returns>The bodies allowed, nearest level first; empty when no body in the dataset may act.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The subject is not in the dataset.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Decide"/>: the form is missing for discipline, given for another activity or undefined; the activity is undefined.</exception>
    /// <exception cref="RuleNotFoundException">No authority rule was in force on the date.</exception>
    public ImmutableArray<ActingBody> WhoMay(ActivityKind activity, OversightSubject subject, LocalDate on, DisciplineForm? disciplineForm = null)
    {
        ArgumentNullException.ThrowIfNull(subject);
        RequireArguments(activity, disciplineForm);
        var isMember = subject.Member is not null;

        int start;
        var candidates = new List<int>();
        if (isMember)
        {
            var member = _dataset.IndexOf(subject.Member!.Value);
            start = _dataset.MemberOrg(member);
            var cadre = _dataset.MemberCadreOf(member);
            for (var o = start; o >= 0; o = _dataset.ParentOf(o))
            {
                candidates.Add(o);
            }

            if (cadre >= 0 && !candidates.Contains(cadre))
            {
                candidates.Add(cadre);
            }
        }
        else
        {
            start = _dataset.IndexOf(subject.Organization!.Value);
            for (var o = _dataset.ParentOf(start); o >= 0; o = _dataset.ParentOf(o))
            {
                candidates.Add(o);
            }
        }

        var allowed = ImmutableArray.CreateBuilder<ActingBody>();
        foreach (var org in candidates)
        {
            foreach (var body in Enum.GetValues<BodyKind>())
            {
                if (!_dataset.HasBody(org, body))
                {
                    continue;
                }

                var actor = new ActingBody(_dataset.OrganizationIdOf(org), body);
                if (Decide(actor, activity, subject, on, disciplineForm).Holds)
                {
                    allowed.Add(actor);
                }
            }
        }

        return allowed.ToImmutable();
    }

    private static void RequireArguments(ActivityKind activity, DisciplineForm? disciplineForm)
    {
        if (!Enum.IsDefined(activity))
        {
            throw new ArgumentException($"Unknown activity {(int)activity}.", nameof(activity));
        }

        if (activity == ActivityKind.Discipline && disciplineForm is null)
        {
            throw new ArgumentException("Deciding discipline needs the form (e.g. DisciplineForm.Reprimand).", nameof(disciplineForm));
        }

        if (disciplineForm is { } given && !Enum.IsDefined(given))
        {
            throw new ArgumentException($"Unknown discipline form {(int)given}; the forms are {string.Join(", ", Enum.GetValues<DisciplineForm>())}.", nameof(disciplineForm));
        }

        if (activity != ActivityKind.Discipline && disciplineForm is not null)
        {
            throw new ArgumentException($"A discipline form ('{disciplineForm}') is only meaningful for {ActivityKind.Discipline}, not {activity}.", nameof(disciplineForm));
        }
    }

    internal static string ActivityCode(ActivityKind activity) => activity switch
    {
        ActivityKind.RegularSupervision => "regular-supervision",
        ActivityKind.ThematicSupervision => "thematic-supervision",
        ActivityKind.ComplianceInspection => "compliance-inspection",
        ActivityKind.InspectionOnSignsOfViolation => "inspection-on-signs-of-violation",
        ActivityKind.InspectionOfInspectionDuties => "inspection-of-inspection-duties",
        ActivityKind.PartyFinanceInspection => "party-finance-inspection",
        ActivityKind.AssetDeclarationInspection => "asset-declaration-inspection",
        ActivityKind.DenunciationResolution => "denunciation-resolution",
        ActivityKind.ComplaintResolution => "complaint-resolution",
        _ => "discipline",
    };

    internal static string BodyCode(BodyKind body) => body switch
    {
        BodyKind.Committee => "committee",
        BodyKind.StandingCommittee => "standing-committee",
        BodyKind.InspectionCommission => "inspection-commission",
        BodyKind.AdvisoryAgency => "advisory-agency",
        _ => "cell",
    };

    /// <summary>The forms a rule lists, by name ("khiển trách, cảnh cáo" / "reprimand, warning"); a code the SDK does not know is shown as coded.</summary>
    private static string FormNames(RuleResolution rule, bool vi) => string.Join(", ", rule.Value.AsCodes().Select(code =>
    {
        try
        {
            var name = LowerName(DisciplineFormCodes.Parse(code));
            return vi ? name.Vietnamese : name.English;
        }
        catch (FormatException)
        {
            return code;
        }
    }));

    private static LocalizedText LowerName(DisciplineForm form)
    {
        var name = DisciplineNames.Of(form);
        return LocalizedText.Of(name.Vietnamese.ToLowerInvariant(), name.English.ToLowerInvariant());
    }

    private void SkipLevel(DecisionBuilder d, int actorOrg, int subjectOrg)
    {
        var levels = _dataset.DepthOf(subjectOrg) - _dataset.DepthOf(actorOrg);
        if (levels > 1)
        {
            d.Note($"Cách {levels - 1} cấp (kiểm tra, giám sát cách cấp).", $"{levels - 1} level(s) skipped (skip-level inspection or supervision).");
        }
    }

    private static string BodyVi(BodyKind body) => body switch
    {
        BodyKind.Committee => "cấp ủy",
        BodyKind.StandingCommittee => "ban thường vụ",
        BodyKind.InspectionCommission => "ủy ban kiểm tra",
        BodyKind.AdvisoryAgency => "cơ quan tham mưu, giúp việc",
        _ => "chi bộ",
    };

    private static string BodyViCap(BodyKind body) => Capitalize(BodyVi(body));

    private static string BodyEn(BodyKind body) => body switch
    {
        BodyKind.Committee => "committee",
        BodyKind.StandingCommittee => "standing committee",
        BodyKind.InspectionCommission => "inspection commission",
        BodyKind.AdvisoryAgency => "advisory agency",
        _ => "cell",
    };

    private static string BodyEnCap(BodyKind body) => Capitalize(BodyEn(body));

    private static string ActivityVi(ActivityKind activity) => activity switch
    {
        ActivityKind.RegularSupervision => "giám sát thường xuyên",
        ActivityKind.ThematicSupervision => "giám sát chuyên đề",
        ActivityKind.ComplianceInspection => "kiểm tra việc chấp hành",
        ActivityKind.InspectionOnSignsOfViolation => "kiểm tra khi có dấu hiệu vi phạm",
        ActivityKind.InspectionOfInspectionDuties => "kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát, thi hành kỷ luật",
        ActivityKind.PartyFinanceInspection => "kiểm tra tài chính đảng",
        ActivityKind.AssetDeclarationInspection => "kiểm tra kê khai tài sản, thu nhập",
        ActivityKind.DenunciationResolution => "giải quyết tố cáo",
        ActivityKind.ComplaintResolution => "giải quyết khiếu nại kỷ luật",
        _ => "thi hành kỷ luật",
    };

    private static string ActivityViCap(ActivityKind activity) => Capitalize(ActivityVi(activity));

    private static string ActivityEn(ActivityKind activity) => activity switch
    {
        ActivityKind.RegularSupervision => "regular supervision",
        ActivityKind.ThematicSupervision => "thematic supervision",
        ActivityKind.ComplianceInspection => "compliance inspection",
        ActivityKind.InspectionOnSignsOfViolation => "inspection on signs of violation",
        ActivityKind.InspectionOfInspectionDuties => "inspection of inspection and discipline duties",
        ActivityKind.PartyFinanceInspection => "party finance inspection",
        ActivityKind.AssetDeclarationInspection => "asset and income declaration checks",
        ActivityKind.DenunciationResolution => "denunciation resolution",
        ActivityKind.ComplaintResolution => "complaint resolution",
        _ => "discipline",
    };

    private static string ActivityEnCap(ActivityKind activity) => Capitalize(ActivityEn(activity));

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private sealed class DecisionBuilder
    {
        private readonly List<RuleResolution> _rules = [];
        private readonly List<(string Vi, string En)> _notes = [];

        public void Cite(RuleResolution rule) => _rules.Add(rule);

        public void Note(string vi, string en) => _notes.Add((vi, en));

        public Ruling Allow(string vi, string en) => Build(true, vi, en);

        public Ruling Deny(string vi, string en) => Build(false, vi, en);

        private Ruling Build(bool allowed, string vi, string en)
        {
            var parts = new List<(string Vi, string En)> { (vi, en) };
            parts.AddRange(_notes);
            foreach (var rule in _rules)
            {
                parts.Add(($"Căn cứ: {rule.Citation.Text.Vietnamese}.", $"Rule: {rule.Citation.Text.English}."));
                if (rule.IsCarriedOver)
                {
                    parts.Add((rule.Explanation.Vietnamese, rule.Explanation.English));
                }
            }

            return Ruling.Of(
                allowed,
                LocalizedText.Of(string.Join(" ", parts.Select(p => p.Vi)), string.Join(" ", parts.Select(p => p.En))),
                [.. _rules.Select(r => r.Citation)],
                _rules.All(r => r.IsVerified));
        }
    }
}
