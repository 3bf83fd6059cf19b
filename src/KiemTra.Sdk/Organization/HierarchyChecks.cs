using System.Collections.Immutable;
using System.Globalization;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Organization;

/// <summary>
/// Structural checks of a party hierarchy on a date (<i>kiểm tra cơ cấu tổ chức</i>): each check applies a
/// rule-set entry in force on that date and returns <see cref="Finding"/>s naming the values and the rule; data
/// problems never throw. See <see cref="ErrorCodes"/> (the <c>Hierarchy*</c> codes) for the checks.
/// </summary>
internal static class HierarchyChecks
{
    /// <summary>Runs every structural check over the organisations that existed on <paramref name="asOf"/>.</summary>
    /// <param name="dataset">The hierarchy.</param>
    /// <param name="rules">The rule book (usually <see cref="RuleBook.BuiltIn"/>).</param>
    /// <param name="asOf">The date judged.</param>
    /// <returns>Findings in tree order (depth-first), then by code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="rules"/> is null.</exception>
    public static ImmutableArray<Finding> Run(PartyDataset dataset, RuleBook rules, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(rules);
        var context = new Context(dataset, rules, asOf);
        var date = DateCode.Of(asOf);
        for (var org = 0; org < dataset.OrganizationCount; org++)
        {
            if (!dataset.ExistsOn(org, date))
            {
                continue;
            }

            CheckCellSize(context, org);
            CheckGrassrootsSize(context, org);
            CheckCommissionPresence(context, org);
            CheckCommissionSize(context, org);
            CheckFullTimeDeputy(context, org);
            CheckChairNotLocal(context, org);
        }

        return [.. context.RuleGaps.Values, .. context.Findings];
    }

    private static void CheckCellSize(Context c, int org)
    {
        if (c.Dataset.KindOf(org) is not (OrganizationKind.Cell or OrganizationKind.GrassrootsCell) || c.Rule("cell.min-full-members") is not { } rule)
        {
            return;
        }

        var minimum = rule.Value.AsInteger();
        var full = c.FullMembers(org);
        if (full < minimum)
        {
            c.Add(ErrorCodes.HierarchyCellMinFullMembers, FindingSeverity.Error, org, rule,
                $"{c.Name(org)} có {full} đảng viên chính thức, ít hơn mức tối thiểu {minimum}.",
                $"{c.Name(org)} has {full} full members, fewer than the minimum of {minimum}.");
        }
    }

    private static void CheckGrassrootsSize(Context c, int org)
    {
        var kind = c.Dataset.KindOf(org);
        if (kind is not (OrganizationKind.GrassrootsCell or OrganizationKind.GrassrootsCommittee) || c.Rule("grassroots.committee.min-members") is not { } rule)
        {
            return;
        }

        var threshold = rule.Value.AsInteger();
        var members = c.Members(org);
        if (kind == OrganizationKind.GrassrootsCell && members >= threshold)
        {
            c.Add(ErrorCodes.HierarchyGrassrootsCellTooLarge, FindingSeverity.Warning, org, rule,
                $"{c.Name(org)} là chi bộ cơ sở nhưng có {members} đảng viên (từ {threshold} trở lên): cần xem xét lập đảng bộ cơ sở.",
                $"{c.Name(org)} is a grassroots cell with {members} members ({threshold} or more): consider forming a grassroots committee.");
        }
        else if (kind == OrganizationKind.GrassrootsCommittee && members < threshold)
        {
            c.Add(ErrorCodes.HierarchyGrassrootsCommitteeTooSmall, FindingSeverity.Warning, org, rule,
                $"{c.Name(org)} là đảng bộ cơ sở nhưng có {members} đảng viên (dưới {threshold}): cần xem xét chuyển thành chi bộ cơ sở.",
                $"{c.Name(org)} is a grassroots committee with {members} members (fewer than {threshold}): consider turning it into a grassroots cell.");
        }
    }

    private static void CheckCommissionPresence(Context c, int org)
    {
        if (c.Rule("commission.absent-for-kinds") is not { } rule)
        {
            return;
        }

        var kind = c.Dataset.KindOf(org);
        var absent = rule.Value.AsCodes().Contains(KindCode(kind));
        var has = c.HasCommission(org);
        if (absent && has)
        {
            c.Add(ErrorCodes.HierarchyCommissionNotAllowed, FindingSeverity.Error, org, rule,
                $"{c.Name(org)} ({KindName(kind).Vietnamese}) có ủy ban kiểm tra, nhưng cấp này không lập ủy ban kiểm tra.",
                $"{c.Name(org)} ({KindName(kind).English}) has an inspection commission, but this level has none.");
        }
        else if (!absent && !has && kind != OrganizationKind.PartyGroup)
        {
            c.Add(ErrorCodes.HierarchyCommissionMissing, FindingSeverity.Warning, org, rule,
                $"{c.Name(org)} ({KindName(kind).Vietnamese}) chưa có ủy ban kiểm tra.",
                $"{c.Name(org)} ({KindName(kind).English}) has no inspection commission.");
        }
    }

    private static void CheckCommissionSize(Context c, int org)
    {
        var key = c.Dataset.KindOf(org) switch
        {
            OrganizationKind.Province => "commission.size.province",
            OrganizationKind.Commune or OrganizationKind.Ward or OrganizationKind.SpecialZone => "commission.size.commune",
            _ => null,
        };
        if (key is null || !c.HasCommission(org) || c.Rule(key) is not { } rule)
        {
            return;
        }

        var range = rule.Value.Range;
        var size = c.CommissionSize(org);
        if (!range.Contains(size))
        {
            c.Add(ErrorCodes.HierarchyCommissionSize, FindingSeverity.Error, org, rule,
                $"{c.CommissionName(org)} có {size} thành viên; quy định {range}.",
                $"The inspection commission of {c.Name(org)} has {size} members; the rule is {range}.");
        }
    }

    private static void CheckFullTimeDeputy(Context c, int org)
    {
        var kind = c.Dataset.KindOf(org);
        if (!c.HasCommission(org) || kind is not (OrganizationKind.Commune or OrganizationKind.Ward or OrganizationKind.GrassrootsCommittee))
        {
            return;
        }

        RuleResolution? rule;
        string why, whyEn;
        if (kind is OrganizationKind.Commune or OrganizationKind.Ward)
        {
            rule = c.Rule("commission.full-time-deputy.commune-ward");
            if (rule is null || !rule.Value.AsBoolean())
            {
                return;
            }

            why = "ủy ban kiểm tra cấp xã, phường";
            whyEn = "a commune or ward commission";
        }
        else
        {
            rule = c.Rule("commission.full-time-deputy.min-members");
            var members = c.Members(org);
            if (rule is null || members < rule.Value.AsInteger())
            {
                return;
            }

            why = $"tổ chức cơ sở đảng có {members} đảng viên (từ {rule.Value.AsInteger()} trở lên)";
            whyEn = $"a grassroots organisation with {members} members ({rule.Value.AsInteger()} or more)";
        }

        if (!c.Dataset.PostsInRaw(org).Any(p => p.Kind == PostKind.CommissionDeputyChair && p.FullTime))
        {
            c.Add(ErrorCodes.HierarchyCommissionFullTimeDeputy, FindingSeverity.Error, org, rule,
                $"{c.CommissionName(org)} chưa có phó chủ nhiệm chuyên trách ({why}).",
                $"The inspection commission of {c.Name(org)} has no full-time deputy chair ({whyEn}).");
        }
    }

    private static void CheckChairNotLocal(Context c, int org)
    {
        if (c.Dataset.KindOf(org) is not (OrganizationKind.Commune or OrganizationKind.Ward or OrganizationKind.SpecialZone) || !c.HasCommission(org))
        {
            return;
        }

        foreach (var (member, kind, _) in c.Dataset.PostsInRaw(org))
        {
            if (kind == PostKind.CommissionChair && c.Dataset.MemberLocalOf(member) > 0 && c.Rule("commission.chair.commune-not-local") is { } rule && rule.Value.AsBoolean())
            {
                var name = new string(c.Dataset.MemberNameSpan(member));
                c.Add(ErrorCodes.HierarchyCommissionChairLocal, FindingSeverity.Error, org, rule,
                    $"Chủ nhiệm ủy ban kiểm tra {c.Name(org)} ({name}) là người địa phương.",
                    $"The chair of the inspection commission of {c.Name(org)} ({name}) is a local person.");
            }
        }
    }

    /// <summary>The level of an organisation as users read it: "chi bộ trực thuộc" / "cell under a grassroots committee"…</summary>
    internal static LocalizedText KindName(OrganizationKind kind) => Terms.Of(kind);

    internal static string KindCode(OrganizationKind kind) => kind switch
    {
        OrganizationKind.Province => "province",
        OrganizationKind.District => "district",
        OrganizationKind.Commune => "commune",
        OrganizationKind.Ward => "ward",
        OrganizationKind.SpecialZone => "special-zone",
        OrganizationKind.PeoplesCommitteeOrganization => "peoples-committee",
        OrganizationKind.PartyAgencies => "party-agencies",
        OrganizationKind.Police => "police",
        OrganizationKind.Military => "military",
        OrganizationKind.Enterprise => "enterprise",
        OrganizationKind.GrassrootsCommittee => "grassroots-committee",
        OrganizationKind.GrassrootsCell => "grassroots-cell",
        OrganizationKind.SubCommittee => "sub-committee",
        OrganizationKind.Cell => "cell",
        OrganizationKind.PartyGroup => "party-group",
        _ => ((int)kind).ToString(CultureInfo.InvariantCulture),
    };

    private sealed class Context(PartyDataset dataset, RuleBook rules, LocalDate asOf)
    {
        private readonly Dictionary<string, RuleResolution?> _rules = new(StringComparer.Ordinal);
        private readonly int _date = DateCode.Of(asOf);
        private int? _fullSince;

        public PartyDataset Dataset { get; } = dataset;

        public List<Finding> Findings { get; } = [];

        public SortedDictionary<string, Finding> RuleGaps { get; } = new(StringComparer.Ordinal);

        public RuleResolution? Rule(string key)
        {
            if (!_rules.TryGetValue(key, out var resolution))
            {
                if (!rules.TryResolve(key, asOf, out resolution, out var failure))
                {
                    RuleGaps[key] = Finding.Create(
                        ErrorCodes.HierarchyRuleNotInForce,
                        FindingSeverity.Information,
                        key,
                        LocalizedText.Of($"Bỏ qua kiểm tra: không có quy định '{key}' áp dụng ngày {KiemTra.Sdk.Formatting.TextFormat.Date(asOf)}.", $"Check skipped: no rule '{key}' in force on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(asOf)}. {failure.Message}"));
                }

                _rules[key] = resolution;
            }

            return resolution;
        }

        public string Name(int org) => Dataset.NameOf(org);

        /// <summary>The organisation's inspection commission as the party names it ("Ủy ban Kiểm tra Tỉnh ủy Thái Nguyên").</summary>
        public string CommissionName(int org) => PartyBodyNames.Vietnamese(BodyKind.InspectionCommission, null, Dataset.KindOf(org), Dataset.NameOf(org), string.Empty);

        public bool HasCommission(int org)
            => Dataset.HasBody(org, BodyKind.InspectionCommission) || Dataset.PostsInRaw(org).Any(p => p.Kind is PostKind.CommissionChair or PostKind.CommissionDeputyChair or PostKind.CommissionMember);

        public int CommissionSize(int org)
            => Dataset.PostsInRaw(org).Where(p => p.Kind is PostKind.CommissionChair or PostKind.CommissionDeputyChair or PostKind.CommissionMember).Select(p => p.Member).Distinct().Count();

        public int Members(int org)
        {
            var count = 0;
            for (var m = Dataset.MemberRangeStart(org); m < Dataset.MemberRangeStart(Dataset.SubtreeEnd(org)); m++)
            {
                if (Dataset.MemberAdmittedCode(m) <= _date && Dataset.ExistsOn(Dataset.MemberOrg(m), _date))
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>Full members on the date: recorded as full and admitted at least one probation period (<c>member.probation</c>) before it.</summary>
        public int FullMembers(int org)
        {
            _fullSince ??= Rule("member.probation") is { } probation ? DateCode.Of(PartyDataset.Subtract(asOf, probation.Value.AsDuration())) : _date;
            var count = 0;
            for (var m = Dataset.MemberRangeStart(org); m < Dataset.MemberRangeStart(Dataset.SubtreeEnd(org)); m++)
            {
                if (Dataset.MemberStatusOf(m) == MemberStatus.Full && Dataset.MemberAdmittedCode(m) <= _fullSince && Dataset.ExistsOn(Dataset.MemberOrg(m), _date))
                {
                    count++;
                }
            }

            return count;
        }

        public void Add(string code, FindingSeverity severity, int org, RuleResolution rule, string vietnamese, string english)
        {
            if (rule.IsCarriedOver)
            {
                var past = string.Join(", ", rule.CarriedOverPast.Select(s => s.InstrumentName));
                vietnamese += $" Quy định được áp dụng tiếp sau {past}, chưa kiểm chứng còn hiệu lực.";
                english += $" The rule is carried over past {past}; unverified that it still applies.";
            }

            Findings.Add(Finding.Create(code, severity, Dataset.IdOf(org), LocalizedText.Of(vietnamese, english), rule.Citation));
        }
    }
}
