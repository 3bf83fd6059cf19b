using KiemTra.Sdk.Documents;
using KiemTra.Sdk.Diagnostics;
using System.Reflection;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Tests.Organization;
using NodaTime;
using KiemTra.Sdk.Inspection;

namespace KiemTra.Sdk.Tests.Reliability;

/// <summary>
/// The shared, immutable services answer the same from many threads as from one, including the race on their first
/// use (lazy tables built while eight workers ask at once). Each test builds fresh instances so that the lazy
/// initialisation really happens under contention; no timing is asserted.
/// </summary>
public class ConcurrencyTests
{
    private const int Workers = 8;
    private static readonly ParallelOptions Parallelism = new() { MaxDegreeOfParallelism = Workers };
    private static readonly LocalDate Start = new(2023, 1, 1);

    [Fact]
    public void WorkingCalendarAndDeadlineCalculator_FreshInstancesHammeredFromEightThreads_AnswerAsSingleThreaded()
    {
        // R-W1, R-W4
        static string Ask(WorkingCalendar calendar, DeadlineCalculator calculator, int i)
        {
            var date = Start.PlusDays(i % 1400);
            var rule = DeadlineRule.Create("t", (RuleDurationUnit)(1 + (i % 3)), 1 + (i % 45), LocalizedText.Of("sự kiện", "event"), Deadline.CountingRule);
            var deadline = calculator.Calculate(rule, date);
            return $"{calendar.IsWorkingDay(date)} {calendar.AddWorkingDays(date, 1 + (i % 30))} {calendar.Explain(date).Kind} {deadline.Due} {deadline.IsProvisional}";
        }

        var reference = WorkingCalendar.Create(new WorkingCalendarOptions());
        var referenceCalculator = DeadlineCalculator.Create(reference);
        var expected = Enumerable.Range(0, 4000).Select(i => Ask(reference, referenceCalculator, i)).ToArray();

        var shared = WorkingCalendar.Create(new WorkingCalendarOptions());
        var calculator = DeadlineCalculator.Create(shared);
        var actual = new string[expected.Length];
        Parallel.For(0, expected.Length, Parallelism, i => actual[i] = Ask(shared, calculator, i));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void VietnameseLunarCalendar_FirstUseRacedFromEightThreads_AnswersAsSingleThreaded()
    {
        // R-W2: the month table is built lazily on first use; eight threads race to it.
        var fresh = Fresh(2020, 2030);
        var expected = Enumerable.Range(0, 3000).Select(i => Ask(VietnameseLunarCalendar.Default, i)).ToArray();
        var actual = new string[expected.Length];
        Parallel.For(0, expected.Length, Parallelism, i => actual[i] = Ask(fresh, i));
        Assert.Equal(expected, actual);

        static string Ask(VietnameseLunarCalendar calendar, int i)
        {
            var date = new LocalDate(2021, 1, 1).PlusDays(i);
            var lunar = calendar.FromLocalDate(date);
            return $"{lunar} {calendar.ToLocalDate(lunar)} {calendar.NewYear(2021 + (i % 8))} {calendar.GetLeapMonth(2021 + (i % 8))}";
        }
    }

    [Fact]
    public void RuleBookDatasetAndAuthority_HammeredFromEightThreads_AnswerAsSingleThreaded()
    {
        // R-H1, R-H5: a fresh rule book, dataset and authority rules shared by eight workers.
        var book = RuleBook.Create(KiemTra.Sdk.Documents.EmbeddedDocuments.RuleSets());
        var dataset = HandBuiltProvince.Build();
        var authority = new AuthorityRules(dataset, book);
        var organizations = dataset.Organizations.Select(o => o.Id).ToArray();
        var keys = book.Keys.ToArray();
        var asOf = new LocalDate(2025, 10, 31);

        string Ask(int i)
        {
            var key = keys[i % keys.Length];
            var resolved = book.TryResolve(key, asOf.PlusDays(i % 400), out var resolution, out var failure) ? $"{resolution.RuleSet.Id}:{resolution.Entry.Value}" : failure.Message;
            var actor = organizations[i % organizations.Length];
            var subject = organizations[(i * 7) % organizations.Length];
            var decision = authority.Decide(new ActingBody(actor, BodyKind.InspectionCommission), ActivityKind.ComplianceInspection, OversightSubject.Of(subject), asOf);
            return $"{resolved} {dataset.IsInSubtree(actor, subject)} {dataset.SubtreeMemberCount(actor)} {dataset.AncestorsOf(subject).Count} {decision.Holds} {decision.Reason.English}";
        }

        var expected = Enumerable.Range(0, 3000).Select(Ask).ToArray();
        var actual = new string[expected.Length];
        Parallel.For(0, expected.Length, Parallelism, i => actual[i] = Ask(i));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void BuiltInDefaults_FirstTouchedFromEightThreadsAtOnce_AreOneInstance()
    {
        // The built-in lazies hand every thread the same instance.
        var seen = new object[Workers * 4];
        Parallel.For(0, seen.Length, Parallelism, i => seen[i] = (i % 4) switch
        {
            0 => WorkingCalendar.Default,
            1 => RuleBook.BuiltIn,
            2 => DeadlineCalculator.Default,
            _ => IHolidayScheduleSource.BuiltIn,
        });
        for (var i = 4; i < seen.Length; i++)
        {
            Assert.Same(seen[i % 4], seen[i]);
        }
    }

    /// <summary>A new calendar (its table not built yet), through the private constructor that <see cref="VietnameseLunarCalendar.Default"/> uses.</summary>
    private static VietnameseLunarCalendar Fresh(int minYear, int maxYear)
        => (VietnameseLunarCalendar)typeof(VietnameseLunarCalendar)
            .GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, [typeof(int), typeof(int), typeof(Offset)])!
            .Invoke([minYear, maxYear, Offset.FromHours(7)]);
}
