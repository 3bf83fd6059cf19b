using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters;

// One line per type: the shapes live in CalendarJson and DeadlinesJson. Each converter has a
// parameterless constructor so that the source-generated KiemTraJsonContext can name it in its attribute.

/// <summary><see cref="DayExplanation"/> as <c>{"date","kind","isWorkingDay","reason","source","isProvisional"}</c>.</summary>
internal sealed class DayExplanationConverter() : TreeConverter<DayExplanation>(CalendarJson.ReadExplanation, CalendarJson.WriteExplanation);

/// <summary><see cref="DeadlineRule"/> as <c>{"id","unit","count","anchorEvent","citation"}</c>.</summary>
internal sealed class DeadlineRuleConverter() : TreeConverter<DeadlineRule>(DeadlinesJson.ReadRule, DeadlinesJson.WriteRule);

/// <summary><see cref="Deadline"/> with its trace of skipped days.</summary>
internal sealed class DeadlineConverter() : TreeConverter<Deadline>(DeadlinesJson.ReadDeadline, DeadlinesJson.WriteDeadline);
