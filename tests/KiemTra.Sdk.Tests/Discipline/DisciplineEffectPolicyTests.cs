using KiemTra.Sdk.Discipline;
using NodaTime;
using static KiemTra.Sdk.Tests.Discipline.DisciplineFixtures;

namespace KiemTra.Sdk.Tests.Discipline;

public class DisciplineEffectPolicyTests
{
    private static readonly LocalDate Announced = new(2026, 1, 15);
    private static readonly DisciplineDecision Warning = MemberDecision("D-1", DisciplineForm.Warning, new LocalDate(2026, 1, 10), announcedOn: Announced);

    [Fact]
    public void Warning_IsInEffect_ThroughTheTwelveMonthAnniversary_ThenLapses()
    {
        // R-D1 (QĐ 69): lapses 12 months after announcement without complaint or new violation.
        var last = EffectPolicy.StatusOn(Warning, new LocalDate(2027, 1, 15), []);
        var after = EffectPolicy.StatusOn(Warning, new LocalDate(2027, 1, 16), []);
        Assert.Equal(DisciplineEffectState.InEffect, last.State);
        Assert.Equal(new LocalDate(2027, 1, 15), last.LastDayInEffect);
        Assert.Equal(DisciplineEffectState.Lapsed, after.State);
        Assert.Empty(after.Forbidden);
        Assert.Contains("đương nhiên chấm dứt hiệu lực", after.Explanation.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void BeforeAnnouncement_NotInEffect()
    {
        var status = EffectPolicy.StatusOn(Warning, new LocalDate(2026, 1, 14), []);
        Assert.Equal(DisciplineEffectState.NotYetInEffect, status.State);
        Assert.False(status.IsInEffect);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ComplaintOrNewViolation_WithinTwelveMonths_StopsTheAutomaticLapse(bool complaint)
    {
        // R-D1, through the rules' public entry point: a complaint against this decision, or a new violation.
        var on = new LocalDate(2026, 2, 1);
        var complaints = complaint ? new[] { KiemTra.Sdk.Discipline.Complaints.DisciplineComplaint.Create(ComplaintId.From("KN-1"), Warning, Announced, on, filedBySubject: true, signed: true) } : [];
        LocalDate[] newViolations = complaint ? [] : [on];
        var status = DisciplineFixtures.RulesInForce.EffectOn(Warning, new LocalDate(2027, 6, 1), complaints, newViolations);
        Assert.Equal(DisciplineEffectState.InEffectLapseInterrupted, status.State);
        Assert.Null(status.LastDayInEffect);
        Assert.True(status.Forbids(RestrictedAction.Appointment));
        Assert.Contains(complaint ? "ngày 01/02/2026 có khiếu nại" : "ngày 01/02/2026 có vi phạm mới", status.Explanation.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void ComplaintAgainstAnotherDecision_DoesNotStopTheLapse()
    {
        // R-D1: only a complaint against this decision interrupts its lapse.
        var other = MemberDecision("D-2", DisciplineForm.Reprimand, new LocalDate(2026, 1, 10), announcedOn: Announced);
        var complaint = KiemTra.Sdk.Discipline.Complaints.DisciplineComplaint.Create(ComplaintId.From("KN-2"), other, Announced, new LocalDate(2026, 2, 1), filedBySubject: true, signed: true);
        var status = DisciplineFixtures.RulesInForce.EffectOn(Warning, new LocalDate(2027, 6, 1), [complaint], []);
        Assert.Equal(DisciplineEffectState.Lapsed, status.State);
    }

    [Fact]
    public void InterruptionAfterTheLapse_ChangesNothing()
    {
        var status = EffectPolicy.StatusOn(Warning, new LocalDate(2027, 6, 1), [EffectInterruption.NewViolation(new LocalDate(2027, 3, 1))]);
        Assert.Equal(DisciplineEffectState.Lapsed, status.State);
    }

    [Theory]
    [InlineData(RestrictedAction.Transfer)]
    [InlineData(RestrictedAction.Appointment)]
    [InlineData(RestrictedAction.Promotion)]
    [InlineData(RestrictedAction.Honors)]
    public void InEffect_ForbidsTransferAppointmentPromotionHonours(RestrictedAction action)
    {
        // R-D1
        var status = EffectPolicy.StatusOn(Warning, new LocalDate(2026, 6, 1), []);
        Assert.True(status.Forbids(action));
        Assert.Contains("không: điều động, bổ nhiệm, đề bạt, khen thưởng", status.Explanation.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void Expulsion_NeverLapses()
    {
        // R-D1
        var expulsion = MemberDecision("D-2", DisciplineForm.Expulsion, Announced);
        var status = EffectPolicy.StatusOn(expulsion, new LocalDate(2040, 1, 1), []);
        Assert.Equal(DisciplineEffectState.Permanent, status.State);
        Assert.True(status.IsInEffect);
    }

    [Fact]
    public void OrganisationDecision_HasNoPersonalRestrictions()
    {
        var org = OrganizationDecision("D-3", DisciplineForm.Warning, Announced);
        var status = EffectPolicy.StatusOn(org, new LocalDate(2026, 6, 1), []);
        Assert.Equal(DisciplineEffectState.InEffect, status.State);
        Assert.Empty(status.Forbidden);
    }

    [Fact]
    public void Deferral_OnPregnancy_SaysTheRuleIsUnverified()
    {
        // R-D1 [unverified for 2026]
        var deferred = Deferrals.Assess([DeferralGround.Pregnancy]);
        var notDeferred = Deferrals.Assess([]);
        Assert.True(deferred.Holds);
        Assert.Contains("đang mang thai, nghỉ thai sản", deferred.Reason.Vietnamese, StringComparison.Ordinal);
        Assert.DoesNotContain("nuôi con nhỏ", deferred.Reason.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("chưa được kiểm chứng", deferred.Reason.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("rule unverified", deferred.Reason.English, StringComparison.Ordinal);
        Assert.False(deferred.IsVerified);
        Assert.False(notDeferred.Holds);
    }
}
