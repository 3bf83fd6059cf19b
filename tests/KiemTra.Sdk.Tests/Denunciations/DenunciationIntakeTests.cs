using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Organization;
using static KiemTra.Sdk.Tests.Denunciations.DenunciationFixtures;

namespace KiemTra.Sdk.Tests.Denunciations;

public class DenunciationIntakeTests
{
    [Fact]
    public void Anonymous_IsRecordedAsInformation_AndMayFeedSupervision()
    {
        // R-D6
        var intake = Intake.Assess(Anonymous(), []);
        Assert.Equal(IntakeDecision.RecordedAsInformation, intake.Decision);
        Assert.True(intake.MayFeedSupervision);
        Assert.Contains("không giải quyết như đơn tố cáo", intake.Explanation.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("may feed supervision or an inspection on signs of violation", intake.Explanation.English, StringComparison.Ordinal);
    }

    [Fact]
    public void FalseName_WithoutConcreteContent_IsRecordedButFeedsNothing()
    {
        // R-D6
        var letter = Denunciation.Create(DenunciationId.From("TC-003"), DisciplineSubject.OfFullMember(MemberId.From("M-3"), false), DenunciationSource.FalseName, null,
            [Allegation.Create(AllegationId.From("A1"), "Có biểu hiện tiêu cực")], [new DenunciationReceipt(Commission, Received, true)]);
        var intake = Intake.Assess(letter, [NonAcceptanceGround.NoConcreteContent]);
        Assert.Equal(IntakeDecision.RecordedAsInformation, intake.Decision);
        Assert.False(intake.MayFeedSupervision);
    }

    [Fact]
    public void Named_WithinCompetence_IsAccepted_AndTheClockStartsAtTheCompetentReceipt()
    {
        // R-D6: the clock starts when the COMPETENT organisation receives it, not the first receiver.
        var letter = Named();
        var intake = Intake.Assess(letter, []);
        Assert.Equal(IntakeDecision.Accepted, intake.Decision);
        Assert.Equal(Received, letter.ReceivedByCompetentOn);
        Assert.Contains("02/03/2026", intake.Explanation.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void Named_ReceivedOnlyByANonCompetentBody_IsForwarded()
    {
        // R-D6
        var letter = Denunciation.Create(DenunciationId.From("TC-004"), DisciplineSubject.OfFullMember(MemberId.From("M-4"), false), DenunciationSource.Named, Informant(),
            [Allegation.Create(AllegationId.From("A1"), "Vi phạm quy định về đấu thầu")], [new DenunciationReceipt(Office, Received, false)]);
        Assert.Null(letter.ReceivedByCompetentOn);
        Assert.Equal(IntakeDecision.Forwarded, Intake.Assess(letter, []).Decision);
    }

    [Theory]
    [InlineData(NonAcceptanceGround.NoConcreteContent)]
    [InlineData(NonAcceptanceGround.AlreadyResolvedWithoutNewContent)]
    [InlineData(NonAcceptanceGround.CopyWithoutSignature)]
    public void Named_WithANonAcceptanceGround_IsNotAccepted_CitingAnUnverifiedRule(NonAcceptanceGround ground)
    {
        // R-D6 [unverified grounds]
        var intake = Intake.Assess(Named(), [ground]);
        Assert.Equal(IntakeDecision.NotAccepted, intake.Decision);
        Assert.Equal([ground], intake.Grounds);
        Assert.False(intake.Rule.Verified);
    }

    [Fact]
    public void Allegations_AreConcluded_OneByOne_WithTheFourOutcomes()
    {
        // R-D6
        var letter = Named();
        letter = letter.WithIntake(Intake.Assess(letter, []));
        letter = letter.Conclude(AllegationId.From("A1"), AllegationConclusion.TrueWithViolation, Received.PlusDays(40));
        Assert.False(letter.IsConcluded);
        letter = letter.Conclude(AllegationId.From("A2"), AllegationConclusion.NoBasis, Received.PlusDays(41));
        Assert.True(letter.IsConcluded);
        Assert.True(letter.FoundViolation);
        var again = Assert.Throws<InvalidOperationException>(() => letter.Conclude(AllegationId.From("A2"), AllegationConclusion.False, Received.PlusDays(42)));
        Assert.Contains("already concluded as NoBasis", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anonymous_CannotBeConcluded()
    {
        // R-D6: anonymous letters are not resolved.
        var letter = Anonymous();
        letter = letter.WithIntake(Intake.Assess(letter, []));
        Assert.Throws<InvalidOperationException>(() => letter.Conclude(AllegationId.From("A1"), AllegationConclusion.False, Received));
    }

    [Fact]
    public void Named_WithoutInformant_OrAnonymous_WithOne_IsRejected()
    {
        var subject = DisciplineSubject.OfFullMember(MemberId.From("M-5"), false);
        Assert.Throws<ArgumentException>(() => Denunciation.Create(DenunciationId.From("TC-5"), subject, DenunciationSource.Named, null, [Allegation.Create(AllegationId.From("A1"), "x")], [new DenunciationReceipt(Commission, Received, true)]));
        Assert.Throws<ArgumentException>(() => Denunciation.Create(DenunciationId.From("TC-6"), subject, DenunciationSource.Anonymous, Informant(), [Allegation.Create(AllegationId.From("A1"), "x")], [new DenunciationReceipt(Commission, Received, true)]));
    }
}

public class DenunciationTimeLimitsTests
{
    private static readonly KiemTra.Sdk.Rules.RuleBook Rules = KiemTra.Sdk.Rules.RuleBook.BuiltIn;
    private static readonly KiemTra.Sdk.Deadlines.DeadlineCalculator Calculator = KiemTra.Sdk.Deadlines.DeadlineCalculator.Default;

    private static Denunciation Accepted()
    {
        var letter = Named();
        return letter.WithIntake(Intake.Assess(letter, []));
    }

    [Fact]
    public void Resolution_NinetyWorkingDays_FromTheCompetentReceipt_Unverified()
    {
        // R-D6: the first (non-competent) receipt five days earlier does not start the clock.
        var deadline = Accepted().ResolutionDeadline(Rules, Calculator);
        Assert.Equal(Received, deadline.EventDate);
        Assert.Equal(90, KiemTra.Sdk.Calendar.WorkingCalendar.Default.CountWorkingDays(Received, deadline.Due));
        Assert.False(deadline.Rule.Citation.Verified);
    }

    [Fact]
    public void Extension_AtMostThirtyWorkingDays()
    {
        // R-D6
        var original = Accepted().ResolutionDeadline(Rules, Calculator);
        var extended = Accepted().ExtendedResolutionDeadline(Rules, Calculator, 30);
        Assert.Equal(30, KiemTra.Sdk.Calendar.WorkingCalendar.Default.CountWorkingDays(original.Due, extended.Due));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Accepted().ExtendedResolutionDeadline(Rules, Calculator, 31));
        Assert.Contains("1 to 30 working days", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnonymousLetter_HasNoResolutionDeadline()
    {
        // R-D6
        var letter = Anonymous();
        Assert.Throws<InvalidOperationException>(() => letter.WithIntake(Intake.Assess(letter, [])).ResolutionDeadline(Rules, Calculator));
    }
}
