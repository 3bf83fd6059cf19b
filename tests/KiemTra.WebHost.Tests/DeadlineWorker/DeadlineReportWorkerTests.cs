using KiemTra.DeadlineWorker;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace KiemTra.WebHost.Tests.DeadlineWorker;

public sealed class DeadlineReportWorkerTests : IDisposable
{
    private static readonly DateTimeZone HaNoi = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    private readonly string _items = Path.Combine(Path.GetTempPath(), $"kiemtra-items-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(_items);

    [Fact]
    public async Task EachMorningAt0730HaNoi_ReportsOverdueThenDueSoon_FromTheInjectedClock()
    {
        // R-F1: follow-ups past their time limit are chased; obligations due within 3 working days are flagged.
        // BC-A, R-W2: 15 working days after Fri 13/11/2026 skip 24/11 (Ngày Văn hóa Việt Nam): 16–20 (5), 23 (6),
        // 25–27 (9), 30 (10), 1–4/12 (14), 7/12 (15) → due Monday 2026-12-07.
        File.WriteAllText(_items, """
        {
          "obligations": [
            { "id": "BC-A", "title": "Báo cáo quý IV", "event": "2026-11-13", "unit": "WorkingDays", "count": 15 },
            { "id": "TB-C", "title": "Thông báo kết luận", "event": "2026-12-03", "unit": "WorkingDays", "count": 5 },
            { "id": "TB-D", "title": "Chưa đến hạn", "event": "2026-12-07", "unit": "WorkingDays", "count": 20 }
          ],
          "followUps": [
            { "id": "KN-1", "source": "PartyInspection", "sourceReference": "20-TB/UBKT", "addressee": "TN.X001.C001", "content": "Khắc phục hạn chế", "issuedOn": "2026-10-01", "unit": "CalendarDays", "count": 60 },
            { "id": "KN-2", "source": "PartySupervision", "sourceReference": "21-TB/UBKT", "addressee": "TN.X001", "content": "Đã xong", "issuedOn": "2026-09-15", "unit": "Months", "count": 2, "completedOn": "2026-11-10" }
          ]
        }
        """);
        var clock = FakeClocks.At(new LocalDate(2026, 12, 8), HaNoi, new LocalTime(6, 0));
        var timer = new FakeClockTimer(clock, runs: 2);
        var sink = new CollectingSink(expected: 2);
        var options = Options.Create(new DeadlineWorkerOptions { RunAt = "07:30", TimeZone = "Asia/Ho_Chi_Minh", DueSoonWorkingDays = 3, ItemsPath = _items });
        using var worker = new DeadlineReportWorker(clock, timer, sink, WorkingCalendar.Default, DeadlineCalculator.Default, options, NullLogger<DeadlineReportWorker>.Instance);

        await worker.StartAsync(CancellationToken.None);
        var digests = await sink.Completed.WaitAsync(TimeSpan.FromSeconds(30));
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal([Duration.FromMinutes(90), Duration.FromHours(24)], timer.Waits);
        var first = digests[0];
        Assert.Equal(new LocalDate(2026, 12, 8), first.Date);
        Assert.Equal(
            [
                "FollowUp KN-1 2026-11-30 Overdue 8",
                "Obligation BC-A 2026-12-07 Overdue 1",
                "Obligation TB-C 2026-12-10 DueSoon 0",
            ],
            first.Entries.Select(Line));
        var second = digests[1];
        Assert.Equal(new LocalDate(2026, 12, 9), second.Date);
        Assert.Equal(["KN-1 9", "BC-A 2", "TB-C 0"], second.Entries.Select(e => $"{e.Id} {e.DaysLate}"));
        Assert.Contains("[Overdue +8d] 2026-11-30 FollowUp KN-1: Khắc phục hạn chế", first.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void NextRun_IsTodayBeforeRunTime_TomorrowAfterIt()
    {
        var schedule = MorningSchedule.From(new DeadlineWorkerOptions { RunAt = "07:30" });
        var at = (int h, int m) => new LocalDate(2026, 12, 8).At(new LocalTime(h, m)).InZoneStrictly(HaNoi).ToInstant();

        Assert.Equal(at(7, 30), schedule.NextRunAfter(at(7, 29)));
        Assert.Equal(at(7, 30).Plus(Duration.FromDays(1)), schedule.NextRunAfter(at(7, 30)));
        Assert.Throws<ArgumentException>(() => MorningSchedule.From(new DeadlineWorkerOptions { RunAt = "7h30" }));
        Assert.Throws<ArgumentException>(() => MorningSchedule.From(new DeadlineWorkerOptions { TimeZone = "Asia/Hanoi_City" }));
    }

    private static string Line(DigestEntry e) => $"{e.Kind} {e.Id} {e.Due:uuuu-MM-dd} {e.Status} {e.DaysLate}";

    /// <summary>Instead of sleeping, advances the fake clock by the requested wait; after <c>runs</c> waits it blocks until cancelled.</summary>
    private sealed class FakeClockTimer(FakeClock clock, int runs) : IWakeUpTimer
    {
        public List<Duration> Waits { get; } = [];

        public Task WaitAsync(Duration duration, CancellationToken cancellationToken)
        {
            if (Waits.Count == runs)
            {
                return Task.Delay(Timeout.Infinite, cancellationToken);
            }

            Waits.Add(duration);
            clock.Advance(duration);
            return Task.CompletedTask;
        }
    }

    private sealed class CollectingSink(int expected) : IDeadlineDigestSink
    {
        private readonly List<DeadlineDigest> _digests = [];
        private readonly TaskCompletionSource<IReadOnlyList<DeadlineDigest>> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<IReadOnlyList<DeadlineDigest>> Completed => _done.Task;

        public Task PublishAsync(DeadlineDigest digest, CancellationToken cancellationToken)
        {
            _digests.Add(digest);
            if (_digests.Count == expected)
            {
                _done.SetResult(_digests.ToArray());
            }

            return Task.CompletedTask;
        }
    }
}
