using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Denunciations;

/// <summary>
/// Decides what is done with a denunciation on receipt (<i>xử lý đơn tố cáo</i>): anonymous and false-name
/// letters are not resolved as denunciations but recorded as information that may feed supervision or an inspection on
/// signs of violation when their content is concrete; named letters are accepted unless a
/// non-acceptance ground of the rules applies; a letter received by an organisation that is not competent is forwarded.
/// Hosts reach it through <see cref="DenunciationIntake.Assess"/>.
/// </summary>
internal sealed class DenunciationIntakePolicy
{
    private readonly HashSet<DenunciationSource> _notResolved;
    private readonly HashSet<NonAcceptanceGround> _grounds;

    private DenunciationIntakePolicy(HashSet<DenunciationSource> notResolved, HashSet<NonAcceptanceGround> grounds, RuleCitation sourceRule, RuleCitation groundsRule)
    {
        _notResolved = notResolved;
        _grounds = grounds;
        SourceRule = sourceRule;
        GroundsRule = groundsRule;
    }

    /// <summary>The rule on which sources are not resolved.</summary>
    public RuleCitation SourceRule { get; }

    /// <summary>The rule listing the non-acceptance grounds.</summary>
    public RuleCitation GroundsRule { get; }

    /// <summary>Creates a policy.</summary>
    /// <param name="sourcesNotResolved">Sources that are recorded as information instead (anonymous, false name).</param>
    /// <param name="nonAcceptanceGrounds">Grounds on which a named letter is not accepted (the not-competent ground always forwards).</param>
    /// <param name="sourceRule">Citation for the first list.</param>
    /// <param name="groundsRule">Citation for the second list.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Named letters are listed as not resolved.</exception>
    public static DenunciationIntakePolicy Create(IEnumerable<DenunciationSource> sourcesNotResolved, IEnumerable<NonAcceptanceGround> nonAcceptanceGrounds, RuleCitation sourceRule, RuleCitation groundsRule)
    {
        ArgumentNullException.ThrowIfNull(sourcesNotResolved);
        ArgumentNullException.ThrowIfNull(nonAcceptanceGrounds);
        ArgumentNullException.ThrowIfNull(sourceRule);
        ArgumentNullException.ThrowIfNull(groundsRule);
        var sources = sourcesNotResolved.ToHashSet();
        if (sources.Contains(DenunciationSource.Named))
        {
            throw new ArgumentException("Named denunciations cannot be listed as not resolved.", nameof(sourcesNotResolved));
        }

        return new DenunciationIntakePolicy(sources, nonAcceptanceGrounds.ToHashSet(), sourceRule, groundsRule);
    }

    /// <summary>Builds the policy from the rules in force on a date (<c>denunciation.not-resolved.sources</c>, <c>denunciation.not-accepted.grounds</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="RuleNotFoundException">A rule is missing on that date.</exception>
    /// <exception cref="FormatException">A code is unknown.</exception>
    public static DenunciationIntakePolicy FromRules(RuleBook rules, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var sources = rules.Resolve("denunciation.not-resolved.sources", asOf);
        var grounds = rules.Resolve("denunciation.not-accepted.grounds", asOf);
        return Create(
            sources.Value.AsCodes().Select(ParseSource),
            grounds.Value.AsCodes().Select(ParseGround),
            Verified(sources),
            Verified(grounds));
    }

    /// <summary>Decides on a denunciation.</summary>
    /// <param name="denunciation">The denunciation.</param>
    /// <param name="grounds">Grounds found by the officer examining the letter (may be empty).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DenunciationIntake Assess(Denunciation denunciation, IEnumerable<NonAcceptanceGround> grounds)
    {
        ArgumentNullException.ThrowIfNull(denunciation);
        ArgumentNullException.ThrowIfNull(grounds);
        var found = grounds.Distinct().Order().ToArray();
        var concrete = !found.Contains(NonAcceptanceGround.NoConcreteContent);
        if (_notResolved.Contains(denunciation.Source))
        {
            var kind = denunciation.Source == DenunciationSource.Anonymous ? ("giấu tên", "anonymous") : ("mạo tên", "under a false name");
            var feed = concrete
                ? ("; nội dung cụ thể được dùng làm thông tin phục vụ giám sát hoặc kiểm tra khi có dấu hiệu vi phạm", "; its concrete content may feed supervision or an inspection on signs of violation")
                : ("; nội dung không cụ thể", "; its content is not concrete");
            return new DenunciationIntake(IntakeDecision.RecordedAsInformation, found, concrete, LocalizedText.Of(
                $"Đơn {denunciation.Id} {kind.Item1}: không giải quyết như đơn tố cáo{feed.Item1}. [{SourceRule}]",
                $"Letter {denunciation.Id} is {kind.Item2}: not resolved as a denunciation{feed.Item2}. [{SourceRule}]"), SourceRule);
        }

        if (found.Contains(NonAcceptanceGround.NotCompetent) || !denunciation.Receipts.Any(r => r.IsCompetent))
        {
            return new DenunciationIntake(IntakeDecision.Forwarded, found, false, LocalizedText.Of(
                $"Đơn {denunciation.Id} không thuộc thẩm quyền của tổ chức đã nhận: chuyển đến tổ chức đảng có thẩm quyền; thời hạn giải quyết tính từ ngày tổ chức có thẩm quyền nhận đơn.",
                $"Letter {denunciation.Id} is not within the receiving organisation's competence: forwarded to the competent party organisation; the resolution period runs from its receipt there."), GroundsRule);
        }

        var applicable = found.Where(_grounds.Contains).ToArray();
        if (applicable.Length > 0)
        {
            return new DenunciationIntake(IntakeDecision.NotAccepted, applicable, false, LocalizedText.Of(
                $"Đơn {denunciation.Id} không thụ lý vì: {string.Join(", ", applicable.Select(Vi))}. [{GroundsRule}]",
                $"Letter {denunciation.Id} is not accepted because: {string.Join(", ", applicable.Select(En))}. [{GroundsRule}]"), GroundsRule);
        }

        var received = denunciation.ReceivedByCompetentOn!.Value;
        return new DenunciationIntake(IntakeDecision.Accepted, [], false, LocalizedText.Of(
            $"Đơn {denunciation.Id} đứng tên, thuộc thẩm quyền, có nội dung cụ thể: thụ lý giải quyết; thời hạn tính từ ngày {KiemTra.Sdk.Formatting.TextFormat.Date(received)}.",
            $"Letter {denunciation.Id} is named, within competence and concrete: accepted for resolution; the period runs from {KiemTra.Sdk.Formatting.TextFormat.IsoDate(received)}."), GroundsRule);
    }

    /// <summary>Parses a source code (<c>anonymous</c>, <c>false-name</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="FormatException">The code is unknown.</exception>
    public static DenunciationSource ParseSource(string code) => code switch
    {
        null => throw new ArgumentNullException(nameof(code)),
        "anonymous" => DenunciationSource.Anonymous,
        "false-name" => DenunciationSource.FalseName,
        "named" => DenunciationSource.Named,
        _ => throw new FormatException($"'{code}' is not a denunciation source code."),
    };

    /// <summary>Parses a ground code (<c>no-concrete-content</c>, <c>already-resolved-without-new-content</c>, <c>copy-without-signature</c>, <c>not-competent</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="FormatException">The code is unknown.</exception>
    public static NonAcceptanceGround ParseGround(string code) => code switch
    {
        null => throw new ArgumentNullException(nameof(code)),
        "no-concrete-content" => NonAcceptanceGround.NoConcreteContent,
        "already-resolved-without-new-content" => NonAcceptanceGround.AlreadyResolvedWithoutNewContent,
        "copy-without-signature" => NonAcceptanceGround.CopyWithoutSignature,
        "not-competent" => NonAcceptanceGround.NotCompetent,
        _ => throw new FormatException($"'{code}' is not a non-acceptance ground code."),
    };

    private static RuleCitation Verified(RuleResolution r) =>
        RuleCitation.Of(r.Citation.RuleSetId, r.Citation.Instrument, r.Citation.Article, r.IsVerified);

    private static string Vi(NonAcceptanceGround g) => g switch
    {
        NonAcceptanceGround.NoConcreteContent => "nội dung không cụ thể, không có cơ sở để xác minh",
        NonAcceptanceGround.AlreadyResolvedWithoutNewContent => "đã được giải quyết, tố cáo lại không có nội dung mới",
        NonAcceptanceGround.CopyWithoutSignature => "đơn sao chụp không có chữ ký trực tiếp",
        _ => "không thuộc thẩm quyền",
    };

    private static string En(NonAcceptanceGround g) => g switch
    {
        NonAcceptanceGround.NoConcreteContent => "no concrete, verifiable content",
        NonAcceptanceGround.AlreadyResolvedWithoutNewContent => "already resolved and repeated without new content",
        NonAcceptanceGround.CopyWithoutSignature => "a copy without the informant's own signature",
        _ => "not within competence",
    };
}
