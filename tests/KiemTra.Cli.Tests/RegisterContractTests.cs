using System.Text.Json;
using KiemTra.Cli.Commands;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;

namespace KiemTra.Cli.Tests;

/// <summary>
/// The contract of issue 12: <c>kiemtra cases stats --year Y --json</c> and <c>kiemtra report --period Y --format json</c>
/// read one register and agree — discipline by form identical, the plan-completion indicator equal to <c>plan</c> — and
/// every disciplined member of the sample traces to a case or to a decision path the rules allow.
/// </summary>
public class RegisterContractTests
{
    [Theory]
    [InlineData(2025, "KL34-2022-02")]
    [InlineData(2026, "KL34-2025-02B")]
    public void CasesStatsAndReport_SameYear_AgreeOnDisciplineByFormAndPlanCompletion(int year, string planIndicator)
    {
        // R-D7, R-I2: one register, one scope (the whole province), one measure.
        var (code, statsText, error) = CliRunner.Run("cases", "stats", "--year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");
        Assert.Equal(0, code);
        Assert.Empty(error);
        using var stats = JsonDocument.Parse(statsText);
        using var report = ReportJson(year);

        Assert.Equal(report.RootElement.GetProperty("scope").GetString(), stats.RootElement.GetProperty("scope").GetString());
        var discipline = stats.RootElement.GetProperty("discipline");
        var organizationsByForm = discipline.GetProperty("organizationsByForm").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        var membersByForm = discipline.GetProperty("membersByForm").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        var rows = report.RootElement.GetProperty("discipline").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var formCode = DisciplineRules.FormCode(Enum.Parse<DisciplineForm>(row.GetProperty("form").GetString()!));
            Assert.Equal(organizationsByForm.GetValueOrDefault(formCode), row.GetProperty("organizations").GetInt32());
            Assert.Equal(membersByForm.GetValueOrDefault(formCode), row.GetProperty("members").GetInt32());
        }

        Assert.Equal(discipline.GetProperty("organizations").GetInt32(), rows.Sum(r => r.GetProperty("organizations").GetInt32()));
        Assert.Equal(discipline.GetProperty("members").GetInt32(), rows.Sum(r => r.GetProperty("members").GetInt32()));

        var plan = stats.RootElement.GetProperty("plan");
        var indicator = report.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == planIndicator);
        Assert.Equal(plan.GetProperty("done").GetInt64(), indicator.GetProperty("numerator").GetInt64());
        Assert.Equal(plan.GetProperty("planned").GetInt64(), indicator.GetProperty("denominator").GetInt64());
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void SampleYear_IsRealisticInProportion(int year)
    {
        // R-I2, R-D7: most planned items are carried out by cases, a few are not; about 230 members and a few organisations
        // disciplined a year in seed 002's proportions (2026 is ten months).
        var (_, text, _) = CliRunner.Run("cases", "stats", "--year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");
        using var stats = JsonDocument.Parse(text);
        var plan = stats.RootElement.GetProperty("plan");
        var planned = plan.GetProperty("planned").GetInt64();
        var done = plan.GetProperty("done").GetInt64();
        Assert.InRange(done, planned * 9 / 10, planned - 1);
        var discipline = stats.RootElement.GetProperty("discipline");
        Assert.InRange(discipline.GetProperty("members").GetInt32(), 150, 320);
        Assert.InRange(discipline.GetProperty("organizations").GetInt32(), 1, 10);
        var members = discipline.GetProperty("membersByForm");
        Assert.True(members.GetProperty("reprimand").GetInt32() > members.GetProperty("warning").GetInt32());
        Assert.True(members.GetProperty("expulsion").GetInt32() > 0);
    }

    [Fact]
    public void EveryDisciplinedMember_TracesToACaseOrToADecisionPathTheRulesAllow()
    {
        // R-D1–R-D3, R-I1, R-S4: a decision linked to a case is on a subject of that case (a member, or the organisation
        // concerned) and the case found a violation; every decision's deciding body may decide that form on that subject.
        var work = SampleActivity.Work;
        var register = work.Register;
        var province = SampleActivity.Province;
        var authority = new AuthorityRules(province, RuleBook.BuiltIn);
        var throughCases = 0;
        var byCells = 0;
        Assert.NotEmpty(register.Decisions);
        foreach (var d in register.Decisions)
        {
            // The sample's hierarchy is the structure of 10/2025: an earlier act is checked on its snapshot.
            var on = d.DecidedOn < province.SnapshotDate ? province.SnapshotDate : d.DecidedOn;
            var subject = d.Subject.Member is { } m ? OversightSubject.Of(m) : OversightSubject.Of(d.Subject.Organization!.Value);
            var allowed = authority.Decide(new ActingBody(d.DecidedBy, d.DecidingBody), ActivityKind.Discipline, subject, on, d.Form);
            Assert.True(allowed.Holds, $"{d.Id}: {d.DecidingBody} of {d.DecidedBy} may not decide {d.Form} on {d.Subject.Id}: {allowed.Reason.English}");
            if (register.CaseOfDecision(d.Id) is { } caseId)
            {
                var c = register.FindCase(caseId)!;
                Assert.True(c.Conclusion is { ViolationFound: true }, $"{d.Id}: case {caseId} found no violation");
                var onSubject = d.Subject.Member is { } member
                    ? c.Subjects.Any(s => s.Member == member)
                    : c.Subjects.Any(s => s.Organization == d.Subject.Organization);
                Assert.True(onSubject, $"{d.Id}: {d.Subject.Id} is not a subject of case {caseId}");
                Assert.True(c.DisciplineOutcomes.Count > 0, $"{d.Id}: case {caseId} records no discipline step");
                throughCases++;
            }
            else
            {
                // The other path: a cell decides a reprimand or a warning of its own member.
                Assert.Equal(BodyKind.Cell, d.DecidingBody);
                Assert.Equal(d.DecidedBy, province.GetMember(d.Subject.Member!.Value).Organization);
                Assert.True(d.Form is DisciplineForm.Reprimand or DisciplineForm.Warning, $"{d.Id}: a cell decided {d.Form}");
                byCells++;
            }
        }

        Assert.True(throughCases > 50, $"{throughCases} decisions through cases");
        Assert.True(byCells > 50, $"{byCells} decisions by cells");
        Assert.All(register.Decisions.Where(d => d.Form == DisciplineForm.Expulsion), d => Assert.NotNull(register.CaseOfDecision(d.Id)));
    }

    [Fact]
    public void SampleRegister_IsDeterministic_AndHoldsNothingAfterItsExtractionDate()
    {
        var work = SampleActivity.Work;
        var asOf = work.AsOf;
        Assert.All(work.Register.Cases, c => Assert.True(c.LastStepOn <= asOf, $"{c.Id} steps on {c.LastStepOn}"));
        Assert.All(work.Register.Decisions, d => Assert.True(d.AnnouncedOn <= asOf, d.Id.Value));
        Assert.All(work.Register.Recommendations, r => Assert.True(r.CompletedOn is null || r.CompletedOn <= asOf, r.Id.Value));
        Assert.All(work.Register.Programs, p => Assert.True(p.IssuedOn <= asOf, p.Id.Value));
        var again = KiemTra.SampleProvince.SampleWork.Generate(SampleActivity.Province, work.Organizations, RuleBook.BuiltIn, KiemTra.Sdk.Deadlines.DeadlineCalculator.Default, OversightCatalogs.BuiltIn);
        Assert.Equal(work.Register.Cases.Select(c => (c.Id, c.State, c.LastStepOn)), again.Register.Cases.Select(c => (c.Id, c.State, c.LastStepOn)));
        Assert.Equal(work.Register.Decisions.Select(d => (d.Id, d.Form, d.Subject.Id)), again.Register.Decisions.Select(d => (d.Id, d.Form, d.Subject.Id)));
    }

    [Fact]
    public void Report_RegisterFile_GivesTheSameFiguresAsTheEmbeddedSample()
    {
        // R-T6: the register's JSON form (WorkRegisterJson) read with --register is the same register: the 2025 report agrees.
        var file = Path.Combine(Path.GetTempPath(), $"kiemtra-register-{Guid.NewGuid():N}.json");
        try
        {
            using (var stream = File.Create(file))
            {
                KiemTra.Sdk.Serialization.SystemTextJson.WorkRegisterJson.Write(SampleActivity.Work.Register, stream, indented: false);
            }

            using var embedded = ReportJson(2025);
            using var fromFile = ReportJson(2025, "--register", file);
            static IEnumerable<(string?, long, long)> Figures(JsonDocument d) => d.RootElement.GetProperty("indicators").EnumerateArray()
                .Select(i => (i.GetProperty("code").GetString(), i.GetProperty("numerator").GetInt64(), i.GetProperty("denominator").GetInt64()));
            Assert.Equal(Figures(embedded), Figures(fromFile));
            Assert.Equal(embedded.RootElement.GetProperty("discipline").GetRawText(), fromFile.RootElement.GetProperty("discipline").GetRawText());
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static JsonDocument ReportJson(int year, params string[] extra)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"kiemtra-contract-{Guid.NewGuid():N}");
        try
        {
            var (code, _, error) = CliRunner.Run(["report", "--period", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json", "--out", dir, .. extra]);
            Assert.True(code == 0, error);
            return JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "report.json")));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
