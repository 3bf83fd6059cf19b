using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Tests.Infrastructure;
using NodaTime;
using static KiemTra.Sdk.Tests.Discipline.DisciplineFixtures;

namespace KiemTra.Sdk.Tests.Discipline;

public class DisciplineStatisticsTests
{
    private static readonly LocalDate TermStart = new(2020, 10, 1);
    private static readonly LocalDate TermEnd = new(2025, 9, 30);

    /// <summary>
    /// Decisions shaped like Thái Nguyên's 2020–2025 figures (seed 002, Part I): 24 organisations (reprimand 16,
    /// warning 8) and 1,152 members (reprimand 783, warning 164, removal 8, expulsion 197), 846 of them committee
    /// members; 40 of the member reprimands are on probationary members.
    /// </summary>
    private static List<DisciplineDecision> ThaiNguyenTerm()
    {
        var decisions = new List<DisciplineDecision>();
        var day = 0;
        LocalDate Next() => TermStart.PlusDays(day++ % 1800);
        for (var i = 0; i < 16; i++) decisions.Add(OrganizationDecision($"O-R{i}", DisciplineForm.Reprimand, Next()));
        for (var i = 0; i < 8; i++) decisions.Add(OrganizationDecision($"O-W{i}", DisciplineForm.Warning, Next()));
        var committee = 846;
        void Members(string prefix, DisciplineForm form, int count, bool probationary = false)
        {
            for (var i = 0; i < count; i++)
            {
                var onCommittee = !probationary && committee-- > 0;
                decisions.Add(MemberDecision($"{prefix}{i}", form, Next(), committeeMember: onCommittee, probationary: probationary));
            }
        }

        Members("P-R", DisciplineForm.Reprimand, 40, probationary: true);
        Members("M-X", DisciplineForm.Expulsion, 197);
        Members("M-C", DisciplineForm.RemovalFromPost, 8);
        Members("M-W", DisciplineForm.Warning, 164);
        Members("M-R", DisciplineForm.Reprimand, 743);

        // Outside the term: must not be counted.
        decisions.Add(MemberDecision("LATE", DisciplineForm.Warning, TermEnd.PlusDays(1)));
        decisions.Add(MemberDecision("EARLY", DisciplineForm.Warning, TermStart.PlusDays(-1)));
        return decisions;
    }

    [Fact]
    public void Statistics_ReproduceTheShapeOfSeed002()
    {
        // R-D7
        var stats = DisciplineStatistics.Compute(ThaiNguyenTerm(), TermStart, TermEnd, RulesInForce);
        Assert.Equal(24, stats.Organizations);
        Assert.Equal([16, 8, 0], stats.OrganizationsByForm.Values);
        Assert.Equal(1152, stats.Members);
        Assert.Equal([783, 164, 8, 197], stats.MembersByForm.Values);
        Assert.Equal(846, stats.MembersWhoAreCommitteeMembers);
        Assert.Equal(1112, stats.FullMembers);
        Assert.Equal(40, stats.ProbationaryMembers);
        Assert.Equal(
            "Thi hành kỷ luật 24 tổ chức đảng (Khiển trách 16; Cảnh cáo 8) và 1.152 đảng viên (Khiển trách 783; Cảnh cáo 164; Cách chức 8; Khai trừ 197), có 846 đảng viên là cấp ủy viên.",
            stats.Summary.Vietnamese);
        Approvals.Verify($"{stats.Summary.Vietnamese}\n{stats.Summary.English}\n\n{stats.ToTable()}", "Statistics_ThaiNguyen2020_2025");
    }

    [Fact]
    public void Statistics_OfAnEmptyPeriod_SayNone()
    {
        // R-D7
        var stats = DisciplineStatistics.Compute([], TermStart, TermEnd, RulesInForce);
        Assert.Equal(0, stats.Members);
        Assert.Contains("0 tổ chức đảng (không có)", stats.Summary.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void Statistics_RejectAReversedPeriod()
    {
        Assert.Throws<ArgumentException>(() => DisciplineStatistics.Compute([], TermEnd, TermStart, RulesInForce));
    }
}
