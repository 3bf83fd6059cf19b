using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using KiemTra.Sdk;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;

#if KIEMTRA_CORE
namespace KiemTra.Sdk.Documents;
#else
namespace KiemTra.Sdk.Serialization.SystemTextJson;
#endif

static partial class IndicatorCatalogJson
{
    /// <summary>Reads a catalogue, checking every field (the stream is read to its end, not closed).</summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <param name="sourceName">A name for messages, e.g. the file name.</param>
    /// <param name="measures">The measures indicators may name; <see cref="IndicatorMeasureSet.BuiltIn"/> when null.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> is empty.</exception>
    /// <exception cref="DataFormatException">The JSON is malformed, a field is unknown, missing or bad, a measure is unknown, or a code is repeated (the code says which: <see cref="ErrorCodes"/>).</exception>
    public static IndicatorCatalog Read(Stream utf8Json, string sourceName, IndicatorMeasureSet? measures = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        measures ??= IndicatorMeasureSet.BuiltIn;
        using var document = JsonFields.Parse(utf8Json, sourceName);
        var root = JsonFields.Root(document, sourceName);
        root.String("catalogue");
        root.Text("title");
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var list = new List<IndicatorDefinition>();
        foreach (var entry in root.Array("indicators"))
        {
            var f = root.Item(entry);
            var definition = ReadIndicator(f, measures);
            if (seen.TryGetValue(definition.Code, out var first))
            {
                throw f.Error("code", definition.Code, ErrorCodes.DocumentIdDuplicate, $"mã chỉ tiêu lặp lại (lần đầu tại {first})", $"duplicate code (first at {first})");
            }

            seen[definition.Code] = entry.Path;
            list.Add(definition);
        }

        root.RejectUnknown();
        return IndicatorCatalog.Create(list);
    }

    /// <summary>Writes a catalogue in the format <see cref="Read(Stream, string, IndicatorMeasureSet?)"/> reads (the stream is not closed).</summary>
    /// <param name="value">The catalogue.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(IndicatorCatalog value, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var w = new Utf8JsonWriter(utf8Json, DocumentWriting.Options);
        w.WriteStartObject();
        w.WriteString("catalogue", "catalogue");
        HolidayScheduleJson.WriteText(w, "title", LocalizedText.Of("Danh mục chỉ tiêu", "Indicator catalogue"));
        w.WriteStartArray("indicators");
        foreach (var i in value.Indicators)
        {
            w.WriteStartObject();
            w.WriteString("code", i.Code);
            HolidayScheduleJson.WriteText(w, "text", i.Text);
            w.WriteStartObject("target");
            w.WriteNumber("value", i.Target.Value);
            w.WriteString("comparator", IndicatorTarget.Symbol(i.Target.Comparator));
            w.WriteString("unit", i.Target.Unit switch
            {
                IndicatorUnit.Percent => "percent",
                IndicatorUnit.Count => "count",
                _ => "boolean",
            });
            w.WriteEndObject();
            w.WriteString("measure", i.Measure);
            HolidayScheduleJson.WriteText(w, "numerator", i.Numerator);
            HolidayScheduleJson.WriteText(w, "denominator", i.Denominator);
            w.WriteString("periodKind", i.PeriodKind switch
            {
                KiemTra.Sdk.Reporting.ReportingPeriodKind.Year => "year",
                KiemTra.Sdk.Reporting.ReportingPeriodKind.Term => "term",
                _ => "custom",
            });
            w.WriteNumber("validFrom", i.ValidFromYear);
            w.WriteNumber("validTo", i.ValidToYear);
            w.WriteStartObject("appliesTo");
            if (!i.AppliesTo.OrganizationKinds.IsEmpty)
            {
                w.WriteStartArray("organizationKinds");
                foreach (var kind in i.AppliesTo.OrganizationKinds)
                {
                    w.WriteStringValue(kind.ToString());
                }

                w.WriteEndArray();
            }

            if (i.AppliesTo.Body is { } body)
            {
                w.WriteString("body", body.ToString());
            }

            if (i.AppliesTo.SubordinatesOnly)
            {
                w.WriteBoolean("subordinatesOnly", true);
            }

            if (!i.AppliesTo.ExcludedAgencies.IsEmpty)
            {
                w.WriteStartArray("excludeAgencies");
                foreach (var agency in i.AppliesTo.ExcludedAgencies)
                {
                    w.WriteStringValue(agency.ToString());
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
            WriteSource(w, i.Source);
            if (i.NotMeasured is { } notMeasured)
            {
                HolidayScheduleJson.WriteText(w, "notMeasured", notMeasured);
            }

            w.WriteBoolean("verified", i.Verified);
            if (!i.Gates.IsEmpty)
            {
                w.WriteStartArray("gates");
                foreach (var gate in i.Gates)
                {
                    w.WriteStartObject();
                    w.WriteString("rating", gate.RatingCode);
                    HolidayScheduleJson.WriteText(w, "text", gate.Rating);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Writes <c>"source": { "ruleSet", "instrument", "article"? }</c> (the verified flag is written beside it).</summary>
    internal static void WriteSource(Utf8JsonWriter w, RuleCitation source)
    {
        w.WriteStartObject("source");
        w.WriteString("ruleSet", source.RuleSetId.Value);
        w.WriteString("instrument", source.Instrument);
        if (source.Article is { } article)
        {
            w.WriteString("article", article);
        }

        w.WriteEndObject();
    }

    private static IndicatorDefinition ReadIndicator(JsonFields f, IndicatorMeasureSet measures)
    {
        var code = f.String("code");
        if (code.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            throw f.Error("code", code, ErrorCodes.DocumentValueInvalid, "mã chỉ gồm chữ cái ASCII, chữ số, '-', '_' và '.'", "a code has only ASCII letters, digits, '-', '_' and '.'");
        }

        var text = f.Text("text");
        var t = f.Object("target");
        var value = t.Decimal("value");
        var comparatorText = t.String("comparator");
        var comparator = comparatorText switch
        {
            ">=" => TargetComparator.AtLeast,
            "<=" => TargetComparator.AtMost,
            "=" => TargetComparator.EqualTo,
            ">" => TargetComparator.MoreThan,
            "<" => TargetComparator.LessThan,
            _ => throw t.Error("comparator", comparatorText, ErrorCodes.DocumentValueInvalid, "phải là một trong >=, <=, =, >, <", "expected one of >=, <=, =, >, <"),
        };
        var unitText = t.String("unit");
        var unit = unitText switch
        {
            "percent" => IndicatorUnit.Percent,
            "count" => IndicatorUnit.Count,
            "boolean" => IndicatorUnit.Boolean,
            _ => throw t.Error("unit", unitText, ErrorCodes.DocumentValueInvalid, "phải là percent, count hoặc boolean", "expected percent, count or boolean"),
        };
        t.RejectUnknown();
        IndicatorTarget target;
        try
        {
            target = IndicatorTarget.Of(value, comparator, unit);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            var message = ex.Message.Split(Environment.NewLine)[0];
            throw t.Error("value", value.ToString(CultureInfo.InvariantCulture), ErrorCodes.DocumentRuleViolated, "giá trị trái quy định của dữ liệu (chi tiết ở bản tiếng Anh)", message);
        }

        var measure = f.String("measure");
        if (!measures.Contains(measure))
        {
            throw f.Error("measure", measure, ErrorCodes.DocumentReferenceUnknown, $"phép đo không tồn tại; các phép đo đã biết: {string.Join(", ", measures.Names)}", $"unknown measure; known: {string.Join(", ", measures.Names)}");
        }

        var numerator = f.Text("numerator");
        var denominator = f.Text("denominator");
        var periodText = f.String("periodKind");
        var periodKind = periodText switch
        {
            "year" => KiemTra.Sdk.Reporting.ReportingPeriodKind.Year,
            "term" => KiemTra.Sdk.Reporting.ReportingPeriodKind.Term,
            "custom" => KiemTra.Sdk.Reporting.ReportingPeriodKind.Custom,
            _ => throw f.Error("periodKind", periodText, ErrorCodes.DocumentValueInvalid, "phải là year, term hoặc custom", "expected year, term or custom"),
        };
        var from = f.Year("validFrom");
        var to = f.Year("validTo");
        if (to < from)
        {
            throw f.Error("validTo", to.ToString(CultureInfo.InvariantCulture), ErrorCodes.DocumentRuleViolated, $"trước validFrom {from}", $"is before validFrom {from}");
        }

        var a = f.Object("appliesTo");
        var kinds = a.Array("organizationKinds", required: false).Select(k => a.ParseEnum<OrganizationKind>(k.Item, a.StringItem(k), k.Path)).ToList();
        var body = a.OptionalEnum<BodyKind>("body");
        var subordinatesOnly = a.OptionalBoolean("subordinatesOnly") ?? false;
        var excludedAgencies = a.Array("excludeAgencies", required: false).Select(k => a.ParseEnum<AdvisoryAgencyKind>(k.Item, a.StringItem(k), k.Path)).ToList();
        if (excludedAgencies.Count > 0 && body != BodyKind.AdvisoryAgency)
        {
            throw a.Error("excludeAgencies", string.Join(",", excludedAgencies), ErrorCodes.DocumentRuleViolated, "chỉ loại trừ cơ quan tham mưu khi \"body\" là \"AdvisoryAgency\"", "agencies can be excluded only when \"body\" is \"AdvisoryAgency\"");
        }

        a.RejectUnknown();

        var s = f.Object("source");
        var ruleSetText = s.String("ruleSet");
        if (!RecordId<RuleSet>.TryFrom(ruleSetText, out var ruleSet))
        {
            throw s.Error("ruleSet", ruleSetText, ErrorCodes.DocumentValueInvalid, IdTexts.RuleSetId.Vietnamese, IdTexts.RuleSetId.English);
        }

        var instrument = s.String("instrument");
        var article = s.OptionalString("article");
        s.RejectUnknown();
        LocalizedText? notMeasured = f.TryGet("notMeasured", out _) ? f.Text("notMeasured") : null;
        var verified = f.Boolean("verified");

        var gates = new List<RatingGate>();
        foreach (var entry in f.Array("gates", required: false))
        {
            var g = f.Item(entry);
            gates.Add(RatingGate.Of(g.String("rating"), g.Text("text")));
            g.RejectUnknown();
        }

        f.RejectUnknown();
        try
        {
            var definition = IndicatorDefinition.Create(
                code,
                text,
                target,
                measure,
                numerator,
                denominator,
                periodKind,
                from,
                to,
                IndicatorApplicability.Of(kinds, body, subordinatesOnly, excludedAgencies),
                RuleCitation.Of(ruleSet, instrument, article, verified),
                gates.ToImmutableArray(),
                measures);
            return notMeasured is null ? definition : definition.WithNotMeasured(notMeasured);
        }
        catch (ArgumentException ex)
        {
            throw f.Fail(f.Element, f.Path, code, ErrorCodes.DocumentRuleViolated, "giá trị trái quy định của dữ liệu (chi tiết ở bản tiếng Anh)", ex.Message);
        }
    }
}
