using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KiemTra.Sdk.Indicators;
using NodaTime;

namespace KiemTra.Sdk.Reporting;

/// <summary>
/// Writes reports and single results as JSON (<i>xuất JSON</i>), by hand with <see cref="Utf8JsonWriter"/> (no reflection).
/// </summary>
/// <remarks>
/// One indicator is written as
/// <c>{"code","period","scope","numerator","denominator","value","target","met","missing":[{"id","name","reason"}],"source","status","missingData"}</c>:
/// <c>missing</c> lists the units that miss the target; when data is missing, <c>value</c> and <c>met</c> are
/// <c>null</c>, <c>status</c> is <c>MISSING</c> and <c>missingData</c> is <c>{"reason","units":[{"id","name","reason"}]}</c>
/// (otherwise <c>null</c>). Percent values are fractions rounded to 4 decimals (<c>0.9744</c> = 97.44%).
/// </remarks>
public static class JsonReportWriter
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one indicator result in the shape above, on one line.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Write(IndicatorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var row = IndicatorReport.From(new CatalogEvaluation(result.Scope, result.ScopeName, result.Period, default, [result], []), default).Indicators[0];
        return Render(w => WriteIndicator(w, row, result.Period.Code, result.Scope.Value, detailed: false), Compact);
    }

    /// <summary>Writes a whole report: metadata, summary, indicators (with their drill-down), ratings, coverage and discipline.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Write(IndicatorReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Render(w =>
        {
            w.WriteStartObject();
            WriteText(w, "title", report.Title);
            w.WriteString("scope", report.Scope);
            w.WriteString("scopeName", report.ScopeName);
            w.WriteStartObject("period");
            w.WriteString("code", report.Period.Code);
            WriteText(w, "label", report.Period.Label);
            w.WriteString("start", Date(report.Period.Start));
            w.WriteString("end", Date(report.Period.End));
            w.WriteEndObject();
            w.WriteString("dataAsOf", Date(report.DataAsOf));
            w.WriteString("generatedOn", Date(report.GeneratedOn));
            w.WriteStartArray("notes");
            foreach (var note in report.Notes)
            {
                w.WriteStartObject();
                w.WriteString("vi", note.Vietnamese);
                w.WriteString("en", note.English);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("summary");
            foreach (var status in Enum.GetValues<IndicatorStatus>())
            {
                w.WriteNumber(ReportTexts.Code(status), report.Count(status));
            }

            w.WriteEndObject();
            w.WriteStartArray("indicators");
            foreach (var row in report.Indicators)
            {
                WriteIndicator(w, row, report.Period.Code, report.Scope, detailed: true);
            }

            w.WriteEndArray();
            w.WriteStartArray("ratings");
            foreach (var r in report.Ratings)
            {
                w.WriteStartObject();
                w.WriteString("code", r.Code);
                WriteText(w, "rating", r.Rating);
                w.WriteString("status", r.MayBeGiven switch { true => "Allowed", false => "Blocked", null => "Undetermined" });
                WriteStrings(w, "blocking", r.Blocking);
                WriteStrings(w, "undetermined", r.Undetermined);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("coverage");
            foreach (var c in report.Coverage)
            {
                w.WriteStartObject();
                w.WriteString("id", c.Id);
                w.WriteString("name", c.Name);
                w.WriteNumber("covered", c.Covered);
                w.WriteNumber("total", c.Total);
                w.WriteNumber("missingData", c.MissingData);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("discipline");
            foreach (var d in report.Discipline)
            {
                w.WriteStartObject();
                w.WriteString("form", d.FormCode);
                WriteText(w, "name", d.Form);
                w.WriteNumber("organizations", d.Organizations);
                w.WriteNumber("members", d.Members);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }, Indented);
    }

    private static void WriteIndicator(Utf8JsonWriter w, ReportIndicatorRow row, string period, string scope, bool detailed)
    {
        w.WriteStartObject();
        w.WriteString("code", row.Code);
        w.WriteString("period", period);
        w.WriteString("scope", scope);
        w.WriteNumber("numerator", row.Numerator);
        w.WriteNumber("denominator", row.Denominator);
        if (row.Value is { } v)
        {
            w.WriteNumber("value", Math.Round(v, 4));
        }
        else
        {
            w.WriteNull("value");
        }

        w.WriteNumber("target", row.Target.Value);
        if (row.Met is { } met)
        {
            w.WriteBoolean("met", met);
        }
        else
        {
            w.WriteNull("met");
        }

        w.WriteStartArray("missing");
        foreach (var u in row.Misses)
        {
            WriteUnit(w, u, detailed);
        }

        w.WriteEndArray();
        w.WriteString("source", row.Source.ToString());
        w.WriteString("status", ReportTexts.Code(row.Status));
        if (row.Status == IndicatorStatus.MissingData)
        {
            w.WriteStartObject("missingData");
            w.WriteString("reason", row.Reason.Vietnamese);
            w.WriteNumber("unitCount", row.UnitsMissingData);
            w.WriteStartArray("units");
            foreach (var u in row.MissingData)
            {
                WriteUnit(w, u, detailed);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("missingData");
        }

        if (detailed)
        {
            WriteText(w, "text", row.Text);
            w.WriteString("comparator", TargetSymbol(row.Target));
            w.WriteString("unit", row.Target.Unit.ToString().ToLowerInvariant());
            w.WriteNumber("unitsCounted", row.UnitsCounted);
            w.WriteNumber("unitsMissed", row.UnitsMissed);
            w.WriteNumber("unitsMissingData", row.UnitsMissingData);
            w.WriteBoolean("verified", row.Verified);
            WriteText(w, "reason", row.Reason);
        }

        w.WriteEndObject();
    }

    private static void WriteUnit(Utf8JsonWriter w, ReportUnit u, bool detailed)
    {
        w.WriteStartObject();
        w.WriteString("id", u.Id);
        w.WriteString("name", u.Name);
        w.WriteString("reason", ReportTexts.UnitReason(u));
        if (detailed)
        {
            w.WriteNumber("numerator", u.Numerator);
            w.WriteNumber("denominator", u.Denominator);
            w.WriteStartArray("facts");
            foreach (var f in u.Facts)
            {
                w.WriteStartObject();
                w.WriteString("record", f.RecordId);
                w.WriteBoolean("counted", f.Counted);
                WriteText(w, "note", f.Note);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static string TargetSymbol(IndicatorTarget target) => IndicatorTarget.Symbol(target.Comparator);

    private static void WriteText(Utf8JsonWriter w, string name, LocalizedText text)
    {
        w.WriteStartObject(name);
        w.WriteString("vi", text.Vietnamese);
        w.WriteString("en", text.English);
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Render(Action<Utf8JsonWriter> write, JsonWriterOptions options)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
