using KiemTra.Sdk.Register;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Tests.Indicators;

public class ValidatorTests
{
    private static readonly OrganizationId Org = OrganizationId.From("TM");

    [Theory]
    [InlineData(MeetingKind.Dissemination, 0.5, false)]
    [InlineData(MeetingKind.Dissemination, 1.0, true)]
    [InlineData(MeetingKind.Professional, 1.0, false)]
    [InlineData(MeetingKind.Professional, 1.5, true)]
    [InlineData(MeetingKind.Important, 1.5, false)]
    [InlineData(MeetingKind.Important, 2.0, true)]
    public void MeetingLength_OverItsLimit_IsAnErrorFinding(MeetingKind kind, double days, bool tooLong)
    {
        // R-T4: dissemination ≤ ½ day, professional ≤ 1 day, important ≤ 1.5 days (seed 004 §III.5).
        var meeting = new Meeting("HN-1", Org, null, kind, new LocalDate(2026, 3, 10), (decimal)days);
        var findings = MeetingLengthValidator.Validate([meeting]);
        if (!tooLong)
        {
            Assert.Empty(findings);
            return;
        }

        var finding = Assert.Single(findings);
        Assert.Equal(MeetingLengthValidator.TooLongCode, finding.Code);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("HN-1", finding.SubjectId);
        Assert.Equal("§III.5", finding.Rule!.Article);
        Assert.Contains("vượt giới hạn", finding.Message.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void TaskSpecification_Complete_HasNoFinding()
    {
        // R-T5
        Assert.Empty(TaskSpecificationValidator.Validate(Task()));
        Assert.True(TaskSpecificationValidator.IsComplete(Task()));
    }

    [Fact]
    public void TaskSpecification_EachMissingElement_IsOneFinding()
    {
        // R-T5: content, lead agency, coordinating agencies, completion time, product, resources, responsible person.
        var empty = new AssignedTask("NV-9", Org, new LocalDate(2026, 4, 1), " ", null, [" "], null, "", null, null);
        var findings = TaskSpecificationValidator.Validate(empty);
        Assert.Equal(
            ["TASK-SPEC-CONTENT", "TASK-SPEC-LEADAGENCY", "TASK-SPEC-COORDINATINGAGENCIES", "TASK-SPEC-COMPLETIONTIME", "TASK-SPEC-PRODUCT", "TASK-SPEC-RESOURCES", "TASK-SPEC-RESPONSIBLEPERSON"],
            findings.Select(f => f.Code).ToArray());
        Assert.All(findings, f => Assert.Equal("NV-9", f.SubjectId));
        Assert.Contains("cơ quan chủ trì", findings[1].Message.Vietnamese, StringComparison.Ordinal);
        Assert.False(TaskSpecificationValidator.IsComplete(empty));
    }

    [Fact]
    public void TaskSpecification_OneGap_NamesIt()
    {
        var finding = Assert.Single(TaskSpecificationValidator.Validate(Task() with { Product = null }));
        Assert.Equal("TASK-SPEC-PRODUCT", finding.Code);
        Assert.Equal("Task NV-1 does not state its concrete product", finding.Message.English);
    }

    private static AssignedTask Task() => new("NV-1", Org, new LocalDate(2026, 3, 15), "Xây dựng cơ sở dữ liệu", "Ban Tổ chức", ["Văn phòng"], new LocalDate(2026, 12, 31), "Cơ sở dữ liệu", "Ngân sách", "Trưởng ban");
}
