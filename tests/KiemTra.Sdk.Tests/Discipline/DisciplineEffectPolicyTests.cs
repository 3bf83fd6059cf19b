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
    [InlineData(EffectInterruptionKind.Complaint)]
    [InlineData(EffectInterruptionKind.NewViolation)]
    public void ComplaintOrNewViolation_WithinTwelveMonths_StopsTheAutomaticLapse(EffectInterruptionKind kind)
    {
        // R-D1
        var on = new LocalDate(2026, 2, 1);
        var interruption = kind == EffectInterruptionKind.Complaint ? EffectInterruption.Complaint(on) : EffectInterruption.NewViolation(on);
        var status = EffectPolicy.StatusOn(Warning, new LocalDate(2027, 6, 1), [interruption]);
        Assert.Equal(DisciplineEffectState.InEffectLapseInterrupted, status.State);
        Assert.Null(status.LastDayInEffect);
        Assert.True(status.Forbids(RestrictedAction.Appointment));
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
    [InlineData(RestrictedAction.Honours)]
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
        Assert.True(deferred.IsDeferred);
        Assert.Equal([DeferralGround.Pregnancy], deferred.Grounds);
        Assert.Contains("chưa kiểm chứng", deferred.Explanation.Vietnamese, StringComparison.Ordinal);
        Assert.False(deferred.Rule.Verified);
        Assert.False(notDeferred.IsDeferred);
    }
}
