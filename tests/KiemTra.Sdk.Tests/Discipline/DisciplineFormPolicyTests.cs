using FsCheck;
using FsCheck.Fluent;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Tests.Infrastructure;
using static KiemTra.Sdk.Tests.Discipline.DisciplineFixtures;

namespace KiemTra.Sdk.Tests.Discipline;

public class DisciplineFormPolicyTests
{
    private static readonly DisciplineSubject Org = DisciplineSubject.OfOrganization(OrganizationId.From("TN.X01.CB03"));
    private static readonly DisciplineSubject Official = DisciplineSubject.OfFullMember(MemberId.From("M-1"), holdsPost: true);
    private static readonly DisciplineSubject Ordinary = DisciplineSubject.OfFullMember(MemberId.From("M-2"), holdsPost: false);
    private static readonly DisciplineSubject Probationary = DisciplineSubject.OfProbationaryMember(MemberId.From("M-3"));

    [Fact]
    public void Scales_OrderFormsLightestToHeaviest_PerSubjectKind()
    {
        // R-D1
        Assert.Equal([DisciplineForm.Reprimand, DisciplineForm.Warning, DisciplineForm.Dissolution], FormPolicy.ScaleFor(DisciplineSubjectKind.Organization).LightestFirst);
        Assert.Equal([DisciplineForm.Reprimand, DisciplineForm.Warning, DisciplineForm.RemovalFromPost, DisciplineForm.Expulsion], FormPolicy.ScaleFor(DisciplineSubjectKind.FullMember).LightestFirst);
        Assert.Equal([DisciplineForm.Reprimand, DisciplineForm.Warning], FormPolicy.ScaleFor(DisciplineSubjectKind.ProbationaryMember).LightestFirst);
        Assert.True(FormPolicy.ScaleFor(DisciplineSubjectKind.FullMember).Compare(DisciplineForm.RemovalFromPost, DisciplineForm.Warning) > 0);
    }

    [Fact]
    public void ApplicableForms_LeaveOutRemoval_ForAMemberWithoutAPost()
    {
        // R-D1
        Assert.Equal([DisciplineForm.Reprimand, DisciplineForm.Warning, DisciplineForm.RemovalFromPost, DisciplineForm.Expulsion], FormPolicy.ApplicableForms(Official));
        Assert.Equal([DisciplineForm.Reprimand, DisciplineForm.Warning, DisciplineForm.Expulsion], FormPolicy.ApplicableForms(Ordinary));
        Assert.Equal([DisciplineForm.Reprimand, DisciplineForm.Warning], FormPolicy.ApplicableForms(Probationary));
    }

    [Fact]
    public void Check_RejectsRemoval_ForAMemberWithoutAPost_WithBilingualReason()
    {
        // R-D1
        var check = FormPolicy.Check(Ordinary, DisciplineForm.RemovalFromPost);
        Assert.False(check.Holds);
        Assert.Contains("chỉ áp dụng đối với đảng viên giữ chức vụ", check.Reason.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("holds no post", check.Reason.English, StringComparison.Ordinal);
        Assert.Equal(Forms, Assert.Single(check.Rules));
    }

    [Theory]
    [InlineData("Organization", DisciplineForm.Expulsion)]
    [InlineData("Organization", DisciplineForm.RemovalFromPost)]
    [InlineData("FullMember", DisciplineForm.Dissolution)]
    [InlineData("ProbationaryMember", DisciplineForm.Expulsion)]
    [InlineData("ProbationaryMember", DisciplineForm.RemovalFromPost)]
    public void Require_ThrowsArgumentErrorNamingTheForm_ForAFormOutsideTheSubjectsScale(string kind, DisciplineForm form)
    {
        // R-D1
        var subject = kind switch
        {
            "Organization" => Org,
            "FullMember" => Official,
            _ => DisciplineSubject.OfProbationaryMember(MemberId.From("M-9"), holdsPost: true),
        };
        var error = Assert.Throws<ArgumentException>(() => FormPolicy.Require(subject, form, "form"));
        Assert.Equal("form", error.ParamName);
        Assert.Contains("không áp dụng", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not apply", error.Message, StringComparison.Ordinal);
        Assert.Contains(subject.Id, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xóa tên", "Xóa tên không phải là hình thức kỷ luật")]
    [InlineData("removal-from-roll", "Removal from the roll is not a disciplinary form")]
    [InlineData("Đình chỉ sinh hoạt", "Suspension from party activity is not a disciplinary form")]
    public void Parse_RejectsRemovalFromRollAndSuspension_AsNotDisciplinaryForms(string text, string expected)
    {
        // R-D1
        var error = Assert.Throws<FormatException>(() => DisciplineRules.ParseFormCode(text));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("khiển trách", DisciplineForm.Reprimand)]
    [InlineData("CANH CAO", DisciplineForm.Warning)]
    [InlineData("cách chức", DisciplineForm.RemovalFromPost)]
    [InlineData("khai-tru", DisciplineForm.Expulsion)]
    [InlineData("giải tán", DisciplineForm.Dissolution)]
    [InlineData("removal-from-post", DisciplineForm.RemovalFromPost)]
    public void Parse_AcceptsCodesAndVietnameseTerms(string text, DisciplineForm expected) => Assert.Equal(expected, DisciplineRules.ParseFormCode(text));

    [Theory]
    [InlineData(DisciplineForm.Reprimand, "reprimand")]
    [InlineData(DisciplineForm.Warning, "warning")]
    [InlineData(DisciplineForm.RemovalFromPost, "removal-from-post")]
    [InlineData(DisciplineForm.Expulsion, "expulsion")]
    [InlineData(DisciplineForm.Dissolution, "dissolution")]
    public void FormCode_IsTheStableEnglishCode(DisciplineForm form, string code)
    {
        // R-D1: the codes are written in register files, rule sets and statistics; they never change.
        Assert.Equal(code, DisciplineRules.FormCode(form));
    }

    [Fact]
    public void FormCode_OfAnUndefinedForm_Throws_NamingTheValue()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DisciplineRules.FormCode((DisciplineForm)99));
        Assert.Equal("form", error.ParamName);
        Assert.Equal((DisciplineForm)99, error.ActualValue);
    }

    [Fact]
    public void Codes_RoundTrip_ForEveryForm()
    {
        foreach (var form in Enum.GetValues<DisciplineForm>())
        {
            Assert.Equal(form, DisciplineRules.ParseFormCode(DisciplineRules.FormCode(form)));
        }
    }

    [Fact]
    public void Create_RejectsAPolicyWithoutAScaleForEveryKind()
    {
        var error = Assert.Throws<ArgumentException>(() => DisciplineFormPolicy.Create(
            [DisciplineFormScale.Create(DisciplineSubjectKind.Organization, [DisciplineForm.Reprimand])], [], Forms));
        Assert.Contains("FullMember", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scale_RejectsARepeatedForm()
    {
        var error = Assert.Throws<ArgumentException>(() => DisciplineFormScale.Create(DisciplineSubjectKind.FullMember, [DisciplineForm.Warning, DisciplineForm.Warning]));
        Assert.Contains("Warning", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FormOrder_IsATotalOrder_PerSubjectKind()
    {
        // R-D1: antisymmetric, transitive and total over the forms of each scale.
        foreach (var kind in Enum.GetValues<DisciplineSubjectKind>())
        {
            var scale = FormPolicy.ScaleFor(kind);
            var forms = Gen.Elements(scale.LightestFirst.ToArray());
            Properties.Check(Prop.ForAll(forms.ToArbitrary(), forms.ToArbitrary(), forms.ToArbitrary(), (a, b, c) =>
            {
                var ab = scale.Compare(a, b);
                var antisymmetric = Math.Sign(ab) == -Math.Sign(scale.Compare(b, a));
                var total = ab != 0 || a == b;
                var transitive = !(ab <= 0 && scale.Compare(b, c) <= 0) || scale.Compare(a, c) <= 0;
                return antisymmetric && total && transitive;
            }), maxTests: 200);
        }
    }
}
