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
        var meeting = new Meeting(RecordId<Meeting>.From("HN-1"), Org, null, kind, new LocalDate(2026, 3, 10), (decimal)days);
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
        Assert.Empty(Task().Validate());
        Assert.True(Task().IsFullySpecified());
    }

    [Fact]
    public void TaskSpecification_EachMissingElement_IsOneFinding()
    {
        // R-T5 (seed 004 §I.2, §III.1): content, lead agency, coordinating agencies, completion time, product, resources,
        // responsible person, handling authority ("rõ thẩm quyền xử lý") and responsible collective ("trách nhiệm của từng
        // tập thể, cá nhân").
        var empty = new AssignedTask { Id = RecordId<AssignedTask>.From("NV-9"), Organization = Org, AssignedOn = new LocalDate(2026, 4, 1), Content = " ", CoordinatingAgencies = [" "], Product = "" };
        var findings = empty.Validate();
        Assert.Equal(
            ["TASK-SPEC-CONTENT", "TASK-SPEC-LEADAGENCY", "TASK-SPEC-COORDINATINGAGENCIES", "TASK-SPEC-COMPLETIONTIME", "TASK-SPEC-PRODUCT", "TASK-SPEC-RESOURCES", "TASK-SPEC-RESPONSIBLEPERSON", "TASK-SPEC-HANDLINGAUTHORITY", "TASK-SPEC-RESPONSIBLECOLLECTIVE"],
            findings.Select(f => f.Code).ToArray());
        Assert.DoesNotContain("seed", findings[0].Rule!.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.All(findings, f => Assert.Equal("NV-9", f.SubjectId));
        Assert.Contains("cơ quan chủ trì", findings[1].Message.Vietnamese, StringComparison.Ordinal);
        Assert.False(empty.IsFullySpecified());
    }

    [Fact]
    public void TaskSpecification_WithoutHandlingAuthorityOrCollectiveResponsibility_IsIncomplete()
    {
        // R-T5, seed 004 §III.1 "rõ trách nhiệm tập thể, cá nhân, … rõ thẩm quyền xử lý": the seven elements alone are not enough.
        var sevenOnly = Task() with { HandlingAuthority = null, ResponsibleCollective = " " };
        Assert.False(sevenOnly.IsFullySpecified());
        Assert.Equal([TaskSpecificationElement.HandlingAuthority, TaskSpecificationElement.ResponsibleCollective], sevenOnly.MissingElements().ToArray());
        Assert.Equal("Nhiệm vụ NV-1 chưa xác định rõ thẩm quyền xử lý", sevenOnly.Validate()[0].Message.Vietnamese);
        Assert.Equal("Task NV-1 does not state its responsible collective", sevenOnly.Validate()[1].Message.English);
    }

    [Fact]
    public void TaskSpecification_OneGap_NamesIt()
    {
        var finding = Assert.Single((Task() with { Product = null }).Validate());
        Assert.Equal("TASK-SPEC-PRODUCT", finding.Code);
        Assert.Equal("Task NV-1 does not state its concrete product", finding.Message.English);
    }

    private static AssignedTask Task() => new()
    {
        Id = RecordId<AssignedTask>.From("NV-1"),
        Organization = Org,
        AssignedOn = new LocalDate(2026, 3, 15),
        Content = "Xây dựng cơ sở dữ liệu",
        LeadAgency = "Ban Tổ chức",
        CoordinatingAgencies = ["Văn phòng"],
        CompletionDate = new LocalDate(2026, 12, 31),
        Product = "Cơ sở dữ liệu",
        Resources = "Ngân sách",
        ResponsiblePerson = "Trưởng ban",
        HandlingAuthority = "Ban Thường vụ Tỉnh ủy",
        ResponsibleCollective = "Tập thể lãnh đạo Ban Tổ chức",
    };
}
