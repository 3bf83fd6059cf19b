using System.Text.Json.Serialization;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Serialization.SystemTextJson.Converters;
using NodaTime;

namespace KiemTra.Sdk.Serialization.SystemTextJson;

/// <summary>
/// Source-generated serialization metadata for the SDK's public types (<i>ngữ cảnh JSON sinh sẵn</i>),
/// for trimmed and native-AOT hosts: <c>JsonSerializer.Serialize(finding, KiemTraJsonContext.Default.Finding)</c>.
/// Uses the same converters as <see cref="KiemTraJsonSerializerOptionsExtensions.ConfigureForKiemTra(System.Text.Json.JsonSerializerOptions)"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters =
    [
        typeof(LocalDateConverter), typeof(LocalDateTimeConverter), typeof(LocalTimeConverter), typeof(InstantConverter),
        typeof(OffsetDateTimeConverter), typeof(PeriodConverter), typeof(DurationConverter),
        typeof(OrganizationIdConverter), typeof(MemberIdConverter),
        typeof(LocalizedTextConverter), typeof(RuleCitationConverter), typeof(FindingConverter),
        typeof(LunarDateConverter), typeof(ScheduledDayOffConverter), typeof(MakeUpWorkdayConverter), typeof(HolidayScheduleConverter), typeof(DayExplanationConverter),
        typeof(DeadlineRuleConverter), typeof(DeadlineConverter), typeof(RuleSetConverter), typeof(RuleEntryConverter), typeof(RuleValueConverter), typeof(RuleDurationConverter), typeof(LineageEventConverter), typeof(PostConverter),
        typeof(StrictEnumConverter<FindingSeverity>),
        typeof(StrictEnumConverter<DayKind>),
        typeof(StrictEnumConverter<DeadlineUnit>),
        typeof(StrictEnumConverter<DeadlineStatus>),
        typeof(StrictEnumConverter<RuleDurationUnit>),
        typeof(StrictEnumConverter<RuleValueKind>),
        typeof(StrictEnumConverter<LineageEventKind>),
        typeof(StrictEnumConverter<PostKind>),
        typeof(StrictEnumConverter<OrganizationKind>),
        typeof(StrictEnumConverter<BodyKind>),
        typeof(StrictEnumConverter<MemberStatus>),
        typeof(StrictEnumConverter<ActivityKind>),
    ])]
[JsonSerializable(typeof(LocalDate))]
[JsonSerializable(typeof(LocalDateTime))]
[JsonSerializable(typeof(Instant))]
[JsonSerializable(typeof(LocalizedText))]
[JsonSerializable(typeof(RuleCitation))]
[JsonSerializable(typeof(Finding))]
[JsonSerializable(typeof(IReadOnlyList<Finding>))]
[JsonSerializable(typeof(LunarDate))]
[JsonSerializable(typeof(ScheduledDayOff))]
[JsonSerializable(typeof(MakeUpWorkday))]
[JsonSerializable(typeof(HolidaySchedule))]
[JsonSerializable(typeof(DayExplanation))]
[JsonSerializable(typeof(DeadlineRule))]
[JsonSerializable(typeof(Deadline))]
[JsonSerializable(typeof(RuleSet))]
[JsonSerializable(typeof(RuleEntry))]
[JsonSerializable(typeof(RuleValue))]
[JsonSerializable(typeof(RuleDuration))]
[JsonSerializable(typeof(LineageEvent))]
[JsonSerializable(typeof(Post))]
[JsonSerializable(typeof(IReadOnlyList<Deadline>))]
[JsonSerializable(typeof(IReadOnlyList<HolidaySchedule>))]
[JsonSerializable(typeof(IReadOnlyList<RuleSet>))]
[JsonSerializable(typeof(DayKind))]
[JsonSerializable(typeof(DeadlineUnit))]
[JsonSerializable(typeof(DeadlineStatus))]
[JsonSerializable(typeof(RuleDurationUnit))]
[JsonSerializable(typeof(RuleValueKind))]
[JsonSerializable(typeof(LineageEventKind))]
[JsonSerializable(typeof(PostKind))]
[JsonSerializable(typeof(OrganizationKind))]
[JsonSerializable(typeof(BodyKind))]
[JsonSerializable(typeof(MemberStatus))]
[JsonSerializable(typeof(ActivityKind))]
public sealed partial class KiemTraJsonContext : JsonSerializerContext
{
}
