using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters;

// One line per type: the shapes live in CalendarJson, DeadlinesJson, RulesJson and OrganizationJson. Each converter has a
// parameterless constructor so that the source-generated KiemTraJsonContext can name it in its attribute.

/// <summary><see cref="LunarDate"/> as <c>{"year","month","day","isLeapMonth"}</c>.</summary>
internal sealed class LunarDateConverter() : TreeConverter<LunarDate>(CalendarJson.ReadLunarDate, CalendarJson.WriteLunarDate);

/// <summary><see cref="ScheduledDayOff"/> as <c>{"date","kind","reason","source"}</c>.</summary>
internal sealed class ScheduledDayOffConverter() : TreeConverter<ScheduledDayOff>(CalendarJson.ReadDayOff, CalendarJson.WriteDayOff);

/// <summary><see cref="MakeUpWorkday"/> as <c>{"date","replaces","reason","source"}</c>.</summary>
internal sealed class MakeUpWorkdayConverter() : TreeConverter<MakeUpWorkday>(CalendarJson.ReadMakeUp, CalendarJson.WriteMakeUp);


/// <summary><see cref="DayExplanation"/> as <c>{"date","kind","isWorkingDay","reason","source","isProvisional"}</c>.</summary>
internal sealed class DayExplanationConverter() : TreeConverter<DayExplanation>(CalendarJson.ReadExplanation, CalendarJson.WriteExplanation);

/// <summary><see cref="DeadlineRule"/> as <c>{"id","unit","count","anchorEvent","citation"}</c>.</summary>
internal sealed class DeadlineRuleConverter() : TreeConverter<DeadlineRule>(DeadlinesJson.ReadRule, DeadlinesJson.WriteRule);

/// <summary><see cref="Deadline"/> with its trace of skipped days.</summary>
internal sealed class DeadlineConverter() : TreeConverter<Deadline>(DeadlinesJson.ReadDeadline, DeadlinesJson.WriteDeadline);

/// <summary><see cref="RuleSet"/> in the rule-set file format.</summary>
internal sealed class RuleSetConverter() : TreeConverter<RuleSet>(RulesJson.ReadSet, RuleSetJson.Write);

/// <summary><see cref="RuleEntry"/> in the rule-set file format.</summary>
internal sealed class RuleEntryConverter() : TreeConverter<RuleEntry>(RulesJson.ReadEntry, RuleSetJson.WriteEntry);

/// <summary><see cref="RuleValue"/> in the rule-set file format (<c>{"kind":"duration","amount":30,"unit":"workingDays"}</c>…).</summary>
internal sealed class RuleValueConverter() : TreeConverter<RuleValue>(RulesJson.ReadValue, RuleSetJson.WriteValue);

/// <summary><see cref="RuleDuration"/> as <c>{"amount","unit"}</c>.</summary>
internal sealed class RuleDurationConverter() : TreeConverter<RuleDuration>(RulesJson.ReadDuration, RulesJson.WriteDuration);

/// <summary><see cref="LineageEvent"/> as <c>{"kind","organization","date","other","newName"}</c>.</summary>
internal sealed class LineageEventConverter() : TreeConverter<LineageEvent>(OrganizationJson.ReadLineage, OrganizationJson.WriteLineage);

/// <summary><see cref="Post"/> as <c>{"member","organization","kind","fullTime"}</c>.</summary>
internal sealed class PostConverter() : TreeConverter<Post>(OrganizationJson.ReadPost, OrganizationJson.WritePost);
