using System.Text.Encodings.Web;
using System.Text.Json;
using System.Runtime.CompilerServices;
using KiemTra.Sdk;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.FluentValidation.Inspection;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.WebHost.Http;
using KiemTra.WebHost.Persistence;
using KiemTra.Sdk.Serialization.SystemTextJson;
using NodaTime;

namespace KiemTra.WebHost.Cases;

/// <summary>
/// Rebuilds the SDK's <see cref="OversightCase"/> from a stored record by opening it and replaying every stored step
/// through the state machine, so the host never keeps a second copy of the procedure's rules.
/// </summary>
internal static class CaseReplay
{
    /// <summary>The JSON shape of stored step payloads (web defaults: camelCase; Vietnamese letters kept as they are, not \u-escaped, so the stored text stays readable).</summary>
    /// <remarks>A payload is the validation package's <see cref="CaseStepDraft"/>, its dates written by the JSON package (ISO <c>yyyy-MM-dd</c>, as before).</remarks>
    public static readonly JsonSerializerOptions PayloadOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }.ConfigureForKiemTra();

    /// <summary>A stored step is replayed as it was recorded: the "not after today" bound applied when it was written, not now.</summary>
    private static readonly IClock EndOfRecords = new EndOfRecordsClock();

    private static readonly ConditionalWeakTable<OversightCatalogs, CaseStepDraftValidator> Validators = [];

    /// <summary>The subjects of a record.</summary>
    /// <exception cref="InvalidOperationException">A stored subject line is not <c>org:ID</c> or <c>member:ID</c>.</exception>
    public static IReadOnlyList<OversightSubject> Subjects(CaseRecord record) =>
        record.Subjects.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line switch
        {
            _ when line.StartsWith("org:", StringComparison.Ordinal) => OversightSubject.Of(OrganizationId.From(line[4..])),
            _ when line.StartsWith("member:", StringComparison.Ordinal) => OversightSubject.Of(MemberId.From(line[7..])),
            _ => throw new InvalidOperationException($"Case {record.Id}: stored subject '{line}' is neither 'org:ID' nor 'member:ID'."),
        }).ToArray();

    /// <summary>The stored form of subjects.</summary>
    public static string Store(IEnumerable<OversightSubject> subjects) =>
        string.Join('\n', subjects.Select(s => s.Organization is { } o ? $"org:{o.Value}" : $"member:{s.Member!.Value.Value}"));

    /// <summary>The case as of its last stored step.</summary>
    /// <param name="record">The case, with its steps.</param>
    /// <param name="origins">The cases it was opened from (hand-over, take-up), transitively, with their steps, by id.</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="authority">The authority rules the case was opened under (checked again on replay).</param>
    /// <param name="catalogs">The catalogues.</param>
    /// <exception cref="InvalidOperationException">The stored steps no longer replay (the data was edited outside the host, or the SDK's rules changed).</exception>
    public static OversightCase Rebuild(CaseRecord record, IReadOnlyDictionary<string, CaseRecord> origins, PartyDataset dataset, AuthorityRules authority, OversightCatalogs catalogs)
        => Replay(record, int.MaxValue, origins, dataset, authority, catalogs);

    /// <summary>
    /// Replays <paramref name="record"/>'s steps before <paramref name="untilSequence"/>. A case opened by another case's
    /// step (a supervision's hand-over, a higher commission's take-up) is not opened afresh: the originating case is
    /// replayed up to that step and the step is applied again, so the linked case (its origin and first history entry
    /// included) is the one the SDK produced, never a copy the host assembled.
    /// </summary>
    private static OversightCase Replay(CaseRecord record, int untilSequence, IReadOnlyDictionary<string, CaseRecord> origins, PartyDataset dataset, AuthorityRules authority, OversightCatalogs catalogs)
    {
        OversightCase oversight;
        if (record.OriginCaseId is { } originId && record.OriginSequence is { } originSequence)
        {
            if (!origins.TryGetValue(originId, out var origin))
            {
                throw new InvalidOperationException($"Case {record.Id}: its origin case {originId} is not stored.");
            }

            var before = Replay(origin, originSequence, origins, dataset, authority, catalogs);
            var stored = origin.Steps.SingleOrDefault(s => s.Sequence == originSequence)
                ?? throw new InvalidOperationException($"Case {record.Id}: step {originSequence} of its origin case {originId} is not stored.");
            oversight = Apply(origin, stored, before, dataset, authority, catalogs).Opened
                ?? throw new InvalidOperationException($"Case {record.Id}: step {originSequence} of case {originId} ({stored.Step}) opens no case.");
            if (oversight.Id.Value != record.Id)
            {
                throw new InvalidOperationException($"Case {record.Id}: step {originSequence} of case {originId} opened case {oversight.Id}, not {record.Id}.");
            }
        }
        else
        {
            oversight = OversightCase.Open(
                RecordId<OversightCase>.From(record.Id),
                Enum.Parse<ActivityKind>(record.Activity),
                record.TypeCode,
                OrganizationId.From(record.ConductedBy),
                Enum.Parse<BodyKind>(record.Body),
                Subjects(record),
                LocalDate.FromDateOnly(record.OpenedOn),
                catalogs,
                authority);
        }

        foreach (var stored in record.Steps.Where(s => s.Sequence < untilSequence).OrderBy(s => s.Sequence))
        {
            oversight = Apply(record, stored, oversight, dataset, authority, catalogs).Case;
        }

        return oversight;
    }

    private static StepOutcome Apply(CaseRecord record, CaseStepRecord stored, OversightCase oversight, PartyDataset dataset, AuthorityRules authority, OversightCatalogs catalogs)
    {
        var request = JsonSerializer.Deserialize<CaseStepDraft>(stored.Payload, PayloadOptions)
            ?? throw new InvalidOperationException($"Case {record.Id}, step {stored.Sequence}: the stored payload is null.");
        var errors = new FieldErrors();
        var validation = Validators.GetValue(catalogs, c => new CaseStepDraftValidator(c, EndOfRecords, DateTimeZone.Utc)).Validate(request);
        foreach (var failure in validation.Errors)
        {
            errors.AddCoded(Validation.JsonField(failure.PropertyName), null, failure.ErrorCode, failure.ErrorMessage);
        }

        var step = (errors.Any ? null : CaseSteps.Parse(request, errors, dataset, catalogs, authority, OrganizationId.From(stored.ActingOrganization)))
            ?? throw new InvalidOperationException($"Case {record.Id}, step {stored.Sequence}: the stored step no longer validates: {string.Join("; ", errors.All.Select(e => $"{e.Field}: {e.Message.English}"))}");
        try
        {
            return step.Apply(oversight);
        }
        catch (Exception ex) when (ex is ArgumentException or IllegalCaseTransitionException)
        {
            throw new InvalidOperationException($"Case {record.Id}, step {stored.Sequence} ({stored.Step}) no longer replays: {ex.Message}", ex);
        }
    }

    /// <summary>A clock at the end of the years the register records, for re-checking stored steps.</summary>
    private sealed class EndOfRecordsClock : IClock
    {
        public Instant GetCurrentInstant() => Instant.FromUtc(9999, 12, 31, 0, 0);
    }
}
