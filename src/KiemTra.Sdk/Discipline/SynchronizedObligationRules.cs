using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Discipline;

/// <summary>
/// Creates the obligations that follow from an event concerning a member (<i>xử lý kỷ luật đồng bộ</i>):
/// detention, search, prosecution or judgment → the acting body notifies the managing party organisation
/// within 3 days (i1), and the party acts without waiting for courts or auditors (i2); a state suspension or discipline
/// → notify within 5 days, and on receipt the party organisation considers discipline within 30 working days (i3); party
/// discipline announced → state and socio-political bodies consider their own discipline within 30 working days (i4).
/// The time limits come from the rule book as of the event's date.
/// </summary>
internal sealed class SynchronizedObligationRules
{
    private readonly RuleBook _rules;
    private readonly DeadlineCalculator _calculator;

    private SynchronizedObligationRules(RuleBook rules, DeadlineCalculator calculator)
    {
        _rules = rules;
        _calculator = calculator;
    }

    /// <summary>Creates the rules over a rule book and a deadline calculator.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SynchronizedObligationRules Create(RuleBook rules, DeadlineCalculator calculator)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(calculator);
        return new SynchronizedObligationRules(rules, calculator);
    }

    /// <summary>The obligations an event creates, each with its deadline.</summary>
    /// <param name="event">What happened.</param>
    /// <param name="member">The member concerned.</param>
    /// <param name="on">When (the day of the decision, judgment, receipt or announcement).</param>
    /// <exception cref="ArgumentException">The member is default.</exception>
    /// <exception cref="RuleNotFoundException">A time limit is missing on the event's date.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The kind is undefined, or the date is outside the working calendar's range.</exception>
    public IReadOnlyList<SynchronizedObligation> For(SynchronizedEventKind @event, MemberId member, LocalDate on)
    {
        if (member.Value is null || member.Value.Length == 0)
        {
            throw new ArgumentException("The member must not be default.", nameof(member));
        }

        var m = member.Value;
        return @event switch
        {
            SynchronizedEventKind.CriminalProcedure =>
            [
                Obligation(@event, member, on, "deadline.notify-detention",
                    LocalizedText.Of("quyết định tạm giữ, bắt, khám xét, khởi tố hoặc bản án có hiệu lực", "the detention, arrest, search, prosecution decision or final judgment"),
                    LocalizedText.Of("Thủ trưởng cơ quan ra quyết định", "The head of the acting body"),
                    LocalizedText.Of($"Thông báo bằng văn bản cho tổ chức đảng trực tiếp quản lý đảng viên {m}; tổ chức đảng chủ động kiểm tra, xem xét kỷ luật, không chờ kết luận hoặc bản án (i2).",
                        $"Notify in writing the party organisation directly managing member {m}; the party acts without waiting for courts or auditors (i2).")),
            ],
            SynchronizedEventKind.StateSuspensionOrDiscipline =>
            [
                Obligation(@event, member, on, "deadline.notify-state-discipline",
                    LocalizedText.Of("quyết định đình chỉ công tác hoặc kỷ luật của tổ chức nhà nước, đoàn thể", "the state or mass organisation's suspension or disciplinary decision"),
                    LocalizedText.Of("Tổ chức nhà nước, Mặt trận Tổ quốc, tổ chức chính trị - xã hội đã ra quyết định", "The state body, Fatherland Front or socio-political organisation that decided"),
                    LocalizedText.Of($"Thông báo bằng văn bản cho tổ chức đảng quản lý đảng viên {m}.", $"Notify in writing the party organisation managing member {m}.")),
            ],
            SynchronizedEventKind.StateNoticeReceived =>
            [
                Obligation(@event, member, on, "deadline.consider-party-discipline",
                    LocalizedText.Of("ngày nhận được thông báo", "receipt of the notice"),
                    LocalizedText.Of("Tổ chức đảng quản lý đảng viên", "The party organisation managing the member"),
                    LocalizedText.Of($"Xem xét, xử lý kỷ luật đảng đối với đảng viên {m}.", $"Consider party discipline of member {m}.")),
            ],
            SynchronizedEventKind.PartyDisciplineAnnounced =>
            [
                Obligation(@event, member, on, "deadline.consider-state-discipline",
                    LocalizedText.Of("ngày công bố quyết định kỷ luật đảng", "announcement of the party disciplinary decision"),
                    LocalizedText.Of("Tổ chức nhà nước, tổ chức chính trị - xã hội có thẩm quyền (cấp ủy quản lý đảng viên chỉ đạo, đề nghị)", "The competent state and socio-political bodies (directed by the committee managing the member)"),
                    LocalizedText.Of($"Xem xét, xử lý kỷ luật hành chính, đoàn thể (nếu có) đối với đảng viên {m} cho đồng bộ.", $"Consider administrative or mass-organisation discipline (if any) of member {m}, in step with the party's.")),
            ],
            _ => throw new ArgumentOutOfRangeException(nameof(@event), @event, "Not a defined synchronised event kind."),
        };
    }

    /// <summary>Renders obligations as text: duty, obligor, due date and the deadline's explanation.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="obligations"/> is null.</exception>
    public static string Describe(IEnumerable<SynchronizedObligation> obligations)
    {
        ArgumentNullException.ThrowIfNull(obligations);
        return string.Join("\n", obligations.Select(o =>
            $"[{o.Code}] {o.Obligor.Vietnamese}: {o.Duty.Vietnamese}\n  Hạn / due: {KiemTra.Sdk.Formatting.TextFormat.Date(o.Deadline.Due)}{(o.Deadline.IsProvisional ? " (tạm tính / provisional)" : string.Empty)} — {o.Deadline.Rule.Citation}\n  {o.Deadline.Explanation.Vietnamese}\n  {o.Deadline.Explanation.English}"));
    }

    private SynchronizedObligation Obligation(SynchronizedEventKind @event, MemberId member, LocalDate on, string key, LocalizedText anchor, LocalizedText obligor, LocalizedText duty)
    {
        var rule = RuleDeadlines.Resolve(_rules, key, on, anchor);
        return new SynchronizedObligation(key, @event, member, obligor, duty, _calculator.Calculate(rule, on));
    }
}
