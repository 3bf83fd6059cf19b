// Exercises the core, the source-generated JSON context and the DI package in a trimmed, self-contained app.
// Exit code 0 only if the deadline is computed and survives a JSON round trip unchanged.
using System.Text.Json;
using KiemTra.Sdk;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Serialization.SystemTextJson;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

using var provider = new ServiceCollection().AddKiemTraSdk().BuildServiceProvider();
var calculator = provider.GetRequiredService<DeadlineCalculator>();
var rule = DeadlineRule.Create(
    "aot-smoke",
    RuleDurationUnit.WorkingDays,
    30,
    LocalizedText.Of("ngày nhận thông báo", "receipt of the notice"),
    RuleCitation.Of(RecordId<RuleSet>.From("QD-22-2021"), "Quy định 22-QĐ/TW", "Điều 39", verified: true));
var deadline = calculator.Calculate(rule, new LocalDate(2026, 2, 13));
Console.WriteLine($"Hạn / due: {deadline.Due:uuuu-MM-dd} ({deadline.Skipped.Count} ngày không tính / days not counted)");

var json = JsonSerializer.Serialize(deadline, KiemTraJsonContext.Default.Deadline);
var back = JsonSerializer.Deserialize(json, KiemTraJsonContext.Default.Deadline)!;
var same = back.Due == deadline.Due
    && back.Skipped.SequenceEqual(deadline.Skipped)
    && back.Explanation == deadline.Explanation
    && JsonSerializer.Serialize(back, KiemTraJsonContext.Default.Deadline) == json;
Console.WriteLine($"JSON round trip: {(same ? "ok" : "MISMATCH")} ({json.Length} chars)");
Console.WriteLine(deadline.Explanation.Vietnamese);
return same ? 0 : 1;
