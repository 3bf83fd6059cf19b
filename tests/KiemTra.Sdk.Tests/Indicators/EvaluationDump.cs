using System.Globalization;
using System.Text;
using KiemTra.Sdk.Indicators;

namespace KiemTra.Sdk.Tests.Indicators;

/// <summary>A plain, complete text form of an evaluation for golden files (independent of the report writers).</summary>
internal static class EvaluationDump
{
    public static string Of(CatalogEvaluation evaluation)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"scope {evaluation.Scope} ({evaluation.ScopeName}) period {evaluation.Period.Code} asOf {evaluation.DataAsOf:uuuu-MM-dd}");
        foreach (var r in evaluation.Results)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"{r.Indicator.Code} {r.Status} {r.Numerator}/{r.Denominator} value={(r.Value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "null")} met={(r.Met is { } m ? m.ToString() : "null")} units={r.UnitsCounted} missed={r.UnitsMissed} missing={r.UnitsMissingData}");
            sb.AppendLine(CultureInfo.InvariantCulture, $"  reason: {r.Reason.Vietnamese} | {r.Reason.English}");
            foreach (var u in r.Misses)
            {
                Unit(sb, "miss", u);
            }

            foreach (var u in r.MissingData)
            {
                Unit(sb, "missing", u);
            }
        }

        foreach (var g in evaluation.Ratings)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"rating {g.Gate.RatingCode} {(g.MayBeGiven switch { true => "Allowed", false => "Blocked", null => "Undetermined" })} blocking=[{string.Join(",", g.Blocking)}] undetermined=[{string.Join(",", g.Undetermined)}]");
        }

        return sb.ToString();
    }

    private static void Unit(StringBuilder sb, string what, UnitFacts u)
    {
        sb.AppendLine(CultureInfo.InvariantCulture, $"  {what} {u.UnitId} '{u.UnitName}' {u.Numerator}/{u.Denominator}");
        foreach (var f in u.Facts)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"    {(f.Counted ? "+" : "-")} {f.RecordId}: {f.Note.English}");
        }
    }
}
