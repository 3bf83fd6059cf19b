using System.Text.Json;
using System.Text.Json.Serialization;
using KiemTra.Sdk;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using NodaTime;
using NodaTime.Text;

namespace KiemTra.DeadlineWorker;

/// <summary>An obligation with a time limit (<i>nghĩa vụ có thời hạn</i>): a report or notice due a number of days after an event.</summary>
/// <param name="Id">Id.</param>
/// <param name="Title">What is due.</param>
/// <param name="Deadline">The computed deadline.</param>
/// <param name="CompletedOn">When it was done, if it was.</param>
public sealed record TrackedObligation(string Id, string Title, Deadline Deadline, LocalDate? CompletedOn);

/// <summary>What the worker watches: obligations and the recommendations being followed up.</summary>
/// <param name="Obligations">Obligations.</param>
/// <param name="FollowUps">Recommendations being followed up (R-F1).</param>
public sealed record TrackedItems(IReadOnlyList<TrackedObligation> Obligations, IReadOnlyList<Recommendation> FollowUps)
{
    private static readonly RuleCitation FromFile = RuleCitation.Of(RecordId<RuleSet>.From("TRACKED-ITEMS"), "Tệp theo dõi thời hạn của đơn vị / the unit's tracked-items file", null, verified: true);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    /// <summary>Reads the tracked-items JSON file (see the sample <c>tracked-items.json</c>).</summary>
    /// <exception cref="FormatException">The file is not valid JSON of that shape, or a field is invalid; the message names the item and field.</exception>
    public static TrackedItems Load(Stream json, string sourceName, DeadlineCalculator calculator)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(calculator);
        ItemsFile file;
        try
        {
            file = JsonSerializer.Deserialize<ItemsFile>(json, Options) ?? throw new FormatException($"{sourceName}: the file is JSON null.");
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{sourceName}: {ex.Message}", ex);
        }

        var obligations = new List<TrackedObligation>();
        foreach (var (o, i) in (file.Obligations ?? []).Select((o, i) => (o, i)))
        {
            var where = $"{sourceName}: obligations[{i}] ('{o.Id}')";
            var rule = Rule(where, o.Id, o.Unit, o.Count, o.Title);
            obligations.Add(new TrackedObligation(Required(where, "id", o.Id), Required(where, "title", o.Title), Calculate(where, calculator, rule, Date(where, "event", o.Event)), OptionalDate(where, "completedOn", o.CompletedOn)));
        }

        var register = new List<Recommendation>();
        foreach (var (f, i) in (file.FollowUps ?? []).Select((f, i) => (f, i)))
        {
            var where = $"{sourceName}: followUps[{i}] ('{f.Id}')";
            if (!Enum.TryParse<RecommendationSource>(f.Source, ignoreCase: false, out var source) || !Enum.IsDefined(source))
            {
                throw new FormatException($"{where}: source '{f.Source}' is not one of {string.Join(", ", Enum.GetNames<RecommendationSource>())}.");
            }

            Recommendation recommendation;
            try
            {
                recommendation = Recommendation.Create(
                    RecordId<Recommendation>.From(Required(where, "id", f.Id)),
                    source,
                    Required(where, "sourceReference", f.SourceReference),
                    OrganizationId.From(Required(where, "addressee", f.Addressee)),
                    Required(where, "content", f.Content),
                    Date(where, "issuedOn", f.IssuedOn),
                    Rule(where, f.Id, f.Unit, f.Count, f.Content),
                    calculator);
                if (OptionalDate(where, "completedOn", f.CompletedOn) is { } done)
                {
                    recommendation = recommendation.Complete(done);
                }

                if (register.Any(r => r.Id == recommendation.Id))
                {
                    throw new FormatException($"{where}: the id is already used by an earlier follow-up.");
                }

                register.Add(recommendation);
            }
            catch (ArgumentException ex)
            {
                throw new FormatException($"{where}: {ex.Message}", ex);
            }
        }

        return new TrackedItems(obligations, register);
    }

    private static DeadlineRule Rule(string where, string? id, string? unit, int? count, string? anchor)
    {
        if (!Enum.TryParse<RuleDurationUnit>(unit, ignoreCase: false, out var u) || !Enum.IsDefined(u))
        {
            throw new FormatException($"{where}: unit '{unit}' is not one of {string.Join(", ", Enum.GetNames<RuleDurationUnit>())}.");
        }

        if (count is not { } c || c < 1 || c > DeadlineRule.MaxCount)
        {
            throw new FormatException($"{where}: count '{count}' must be 1 to {DeadlineRule.MaxCount}.");
        }

        var text = Required(where, "title/content", anchor);
        return DeadlineRule.Create(Required(where, "id", id), u, c, LocalizedText.Of(text, text), FromFile);
    }

    private static Deadline Calculate(string where, DeadlineCalculator calculator, DeadlineRule rule, LocalDate start)
    {
        try
        {
            return calculator.Calculate(rule, start);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new FormatException($"{where}: the event or due date is outside the working calendar: {ex.Message}", ex);
        }
    }

    private static string Required(string where, string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? throw new FormatException($"{where}: '{field}' is missing or blank.") : value.Normalize(System.Text.NormalizationForm.FormC);

    private static LocalDate Date(string where, string field, string? value) =>
        OptionalDate(where, field, value) ?? throw new FormatException($"{where}: '{field}' is missing.");

    private static LocalDate? OptionalDate(string where, string field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(value);
        return parsed.Success ? parsed.Value : throw new FormatException($"{where}: '{field}' '{value}' is not a date yyyy-MM-dd.");
    }

    private sealed record ItemsFile(IReadOnlyList<ObligationJson>? Obligations, IReadOnlyList<FollowUpJson>? FollowUps);

    private sealed record ObligationJson(string? Id, string? Title, string? Event, string? Unit, int? Count, string? CompletedOn);

    private sealed record FollowUpJson(string? Id, string? Source, string? SourceReference, string? Addressee, string? Content, string? IssuedOn, string? Unit, int? Count, string? CompletedOn);
}
