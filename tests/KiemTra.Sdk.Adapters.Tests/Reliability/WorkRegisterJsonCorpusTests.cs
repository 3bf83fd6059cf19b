using KiemTra.Sdk.Diagnostics;
using System.Text;
using System.Text.Json;
using KiemTra.Sdk.Adapters.Tests.Json;
using KiemTra.Sdk.Serialization.SystemTextJson;
using KiemTra.Sdk.Tests.Reliability;

namespace KiemTra.Sdk.Adapters.Tests.Reliability;

/// <summary>
/// The bad-input corpus against <see cref="WorkRegisterJson.Read"/> (issue 12, "Done when": bad input to every new loader
/// gives a typed error naming the field and value, never another exception or a silent drop). The seed is the rich
/// register with every kind of fact; the corpus truncates it, changes types, puts in impossible dates, huge numbers,
/// huge strings, lone surrogates and deep nesting, repeats keys and ids, renames fields, and the domain mutations below
/// break links. Every input must end in a <see cref="DataFormatException"/> whose message starts with the source name and a
/// JSON pointer.
/// </summary>
public class WorkRegisterJsonCorpusTests
{
    private const string Source = "so-theo-doi-2025.json";

    /// <summary>Sections and inner arrays whose elements are unique (by id, by key or by step), so a copy of the first is refused.</summary>
    private static readonly HashSet<string> UniqueArrays =
    [
        "cases", "programmes", "programmeItemLinks", "documents", "assignments", "assigneeReports", "localityFiles", "informationReceived", "vettingOpinions",
        "decisions", "complaints", "complaintResolutions", "denunciations", "recommendations", "recoveryAmounts", "caseFindings", "directives", "inspectionStaff",
        "implementationPlans", "implementationReports", "meetings", "tasks", "digitalFigures", "history", "allegations",
    ];

    private static readonly HashSet<string> DateFields =
    [
        "on", "date", "from", "to", "start", "end", "referenceFrom", "referenceTo", "issuedOn", "dueOn", "submittedOn", "openedOn", "lastUpdatedOn", "receivedOn",
        "givenOn", "decidedOn", "announcedOn", "filedOn", "resolvedOn", "completedOn", "assignedOn", "completionDate", "disseminatedOn", "decisionReceivedOn",
        "concludedOn",
    ];

    /// <summary>
    /// Fields the domain allows to be null where any string is valid too (an incompletely specified task is data the
    /// indicator measures; a citation may name no article; a responsible member's separate decision may be kept
    /// elsewhere): the corpus's "wrong type" swap of their <c>null</c> for the string <c>"true"</c> is a valid document,
    /// not a hostile one.
    /// </summary>
    private static readonly HashSet<string> NullableFreeText = ["article", "content", "leadAgency", "product", "resources", "responsiblePerson", "handlingAuthority", "responsibleCollective", "separateDecisionId"];

    [Fact]
    public void Read_EveryCorpusInput_ThrowsDataFormatExceptionNamingSourcePointerAndCode()
    {
        // R-S2, R-S6–R-S8, R-D6, R-D8, R-F1–F3, R-H8, R-T3–T5, R-T7: every fact kind of the register is in the seed.
        var seed = WorkRegisterJsonTests.Write(RichRegister.Build(), indented: false);
        Assert.Equal(seed, WorkRegisterJsonTests.Write(WorkRegisterJsonTests.Read(seed), indented: false));
        var options = new CorpusOptions
        {
            Seed = 12,
            UniqueArrays = UniqueArrays,
            DateFields = DateFields,
            DecimalFields = new HashSet<string> { "lengthInDays", "amountVnd", "recoveredVnd" },
            DomainMutations = Mutations,
        };
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var input in BadInputCorpus.Generate(seed, options).Where(i => !IsValidSwap(i)))
        {
            counts[input.Category] = counts.GetValueOrDefault(input.Category) + 1;
            if (Reject(input) is { } failure && failures.Count < 15)
            {
                failures.Add(failure);
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} not rejected properly:\n{string.Join("\n", failures)}");
        Assert.True(counts.Values.Sum() >= 5_000, string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}")));
        Assert.True(counts.GetValueOrDefault("domain") >= 10, $"{counts.GetValueOrDefault("domain")} domain mutations");
    }

    private static bool IsValidSwap(BadInput input) =>
        input.Category == "wrong type" && input.Description.EndsWith(":= \"true\"", StringComparison.Ordinal)
        && NullableFreeText.Contains(input.Description[..input.Description.IndexOf('@', StringComparison.Ordinal)]);

    /// <summary>Dangling links, duplicate ids, a sealed identity, an impossible step: each must be refused, never dropped.</summary>
    private static IEnumerable<(string, string)> Mutations(string doc)
    {
        (string, string) Swap(string what, string from, string to) =>
            doc.Contains(from, StringComparison.Ordinal) ? (what, doc.Replace(from, to, StringComparison.Ordinal)) : throw new InvalidOperationException($"The seed has no {from}.");

        yield return Swap("item link to a missing case", "\"itemId\":\"I3\",\"caseId\":\"GS-03\"", "\"itemId\":\"I3\",\"caseId\":\"GS-09\"");
        yield return Swap("item link to a missing item", "\"itemId\":\"I3\"", "\"itemId\":\"I9\"");
        yield return Swap("item link to a missing programme", "{\"programmeId\":\"CT-UBKT-2025\",\"itemId\":\"I3\"", "{\"programmeId\":\"CT-2024\",\"itemId\":\"I3\"");
        yield return Swap("hand-over to a missing case", "\"handedOverTo\":[\"KT-01\"]", "\"handedOverTo\":[\"KT-09\"]");
        yield return Swap("complaint on a missing decision", "\"decisionId\":\"QD-01\",\"decisionReceivedOn\"", "\"decisionId\":\"QD-09\",\"decisionReceivedOn\"");
        yield return Swap("resolution of a missing complaint", "\"complaintId\":\"KN-QD-01\"", "\"complaintId\":\"KN-QD-09\"");
        yield return Swap("escalation of a missing denunciation", "{\"denunciationId\":\"TC-02\"", "{\"denunciationId\":\"TC-09\"");
        yield return Swap("amount of a missing recommendation", "{\"recommendationId\":\"KN-TT-01\"", "{\"recommendationId\":\"KN-09\"");
        yield return Swap("finding of a missing case", "\"caseId\":\"KT-02\",\"kind\":\"PositiveFinding\"", "\"caseId\":\"KT-09\",\"kind\":\"PositiveFinding\"");
        yield return Swap("report under a missing assignment", "\"assignmentId\":\"PC-01\",\"kind\":\"Periodic\"", "\"assignmentId\":\"PC-09\",\"kind\":\"Periodic\"");
        yield return Swap("report on a missing plan", "\"planId\":\"KH-01\"", "\"planId\":\"KH-09\"");
        yield return Swap("decision attributed to a missing case", "\"caseId\":\"KT-02\",\"decision\"", "\"caseId\":\"KT-09\",\"decision\"");
        yield return Swap("decision id repeated", "\"id\":\"QD-03\"", "\"id\":\"QD-01\"");
        yield return Swap("case id repeated", "\"id\":\"GS-03\"", "\"id\":\"KT-02\"");
        yield return Swap("denunciation carrying an identity", "\"informantWithheld\":true", "\"informantWithheld\":true,\"informant\":\"Trần Văn A\"");
        yield return Swap("named denunciation not sealed", "\"source\":\"Named\",\"informantWithheld\":true", "\"source\":\"Named\",\"informantWithheld\":false");
        yield return Swap("proposal naming a decision", "\"reference\":\"12-TTr/UBKT\",\"on\":\"2025-07-28\",\"decisionId\":null", "\"reference\":\"12-TTr/UBKT\",\"on\":\"2025-07-28\",\"decisionId\":\"QD-02\"");
        yield return Swap("recovered more than ordered", "\"amountVnd\":125500000,\"recoveredVnd\":20000000", "\"amountVnd\":125500000,\"recoveredVnd\":225500000");
        yield return Swap("digital figures more digital than total", "\"proceduresTotal\":40,\"proceduresDigital\":30", "\"proceduresTotal\":40,\"proceduresDigital\":41");
        yield return Swap("meeting of no length", "\"lengthInDays\":0.5", "\"lengthInDays\":0");
        yield return Swap("staff year outside the supported years", "\"year\":2025,\"trained\":true", "\"year\":1989,\"trained\":true");
        yield return Swap("directive disseminated before received", "\"receivedOn\":\"2025-02-01\",\"disseminatedOn\":\"2025-02-20\"", "\"receivedOn\":\"2025-02-01\",\"disseminatedOn\":\"2025-01-20\"");
        yield return Swap("resolution before the complaint was filed", "\"resolvedOn\":\"2025-08-01\"", "\"resolvedOn\":\"2025-06-01\"");
        yield return Swap("programme issued after it ends", "\"issuedOn\":\"2025-01-10\"", "\"issuedOn\":\"2026-01-10\"");
        var last = doc.LastIndexOf("\"disciplineOutcomes\":[]", StringComparison.Ordinal);
        var outcome = "{\"decided\":false,\"subject\":{\"kind\":\"Organization\",\"member\":null,\"organization\":\"X.CB3\",\"holdsPost\":false,\"isCommitteeMember\":false},"
            + "\"form\":\"Reprimand\",\"reference\":\"99-TTr/UBKT\",\"on\":\"2025-09-03\",\"decisionId\":null}";
        yield return ("discipline outcome without its step", doc[..last] + "\"disciplineOutcomes\":[" + outcome + "]" + doc[(last + "\"disciplineOutcomes\":[]".Length)..]);
        yield return ("discipline outcomes null in a register", doc[..last] + "\"disciplineOutcomes\":null" + doc[(last + "\"disciplineOutcomes\":[]".Length)..]);
        yield return Swap("other format version", "{\"formatVersion\":1,", "{\"formatVersion\":2,");
    }

    /// <summary>Null when the input ends in a <see cref="DataFormatException"/> naming the source, a pointer and a code, else what happened.</summary>
    private static string? Reject(BadInput input)
    {
        var bytes = input.Bytes();
        var task = Task.Run(() => WorkRegisterJson.Read(new MemoryStream(bytes), Source));
        try
        {
            return task.Wait(TimeSpan.FromSeconds(20)) ? $"{input}: accepted" : $"{input}: hang";
        }
        catch (AggregateException ex) when (ex.InnerException is DataFormatException json)
        {
            return !json.Message.StartsWith(Source + ": ", StringComparison.Ordinal) || json.SourceName != Source || !json.Code.StartsWith("KT_DOC_", StringComparison.Ordinal)
                    || (json.Path.Length > 0 && json.Path[0] != '/')
                ? $"{input}: not a data-format error naming the source, a pointer and a document code: {Clip(json.Message)}"
                : json.Message.Length > 4000 ? $"{input}: message of {json.Message.Length} characters"
                : null;
        }
        catch (AggregateException ex)
        {
            return $"{input}: {ex.InnerException!.GetType().Name}: {Clip(ex.InnerException.Message)}";
        }
    }

    private static string Clip(string text) => text.Length <= 300 ? text : text[..300] + "…";

    [Fact]
    public void Read_DocumentOverTheSizeBound_IsRefusedBeforeParsing()
    {
        // InputRules.MaxDocumentBytes: a stream that claims more is refused without reading it all.
        var ex = Assert.Throws<DataFormatException>(() => WorkRegisterJson.Read(new EndlessStream(), Source));
        Assert.StartsWith(Source + ": ", ex.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.DocumentTooLarge, ex.Code);
    }

    [Fact]
    public void Read_InvalidUtf8AndLoneSurrogate_AreDataFormatErrors()
    {
        byte[] invalid = [.. Encoding.UTF8.GetBytes("{\"formatVersion\":1,\"tasks\":[{\"id\":\""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}]}")];
        Assert.Equal(ErrorCodes.DocumentSyntax, Assert.Throws<DataFormatException>(() => WorkRegisterJson.Read(new MemoryStream(invalid), Source)).Code);
        var ex = Assert.Throws<DataFormatException>(() => WorkRegisterJsonTests.Read("{\"formatVersion\":1,\"directives\":[{\"id\":\"\\uD800\"}]}", Source));
        Assert.True(ex.Message.StartsWith(Source + ": /directives/0/id", StringComparison.Ordinal), ex.Message);
        Assert.Equal("/directives/0/id", ex.Path);
    }

    /// <summary>A seekable stream longer than any document the SDK reads.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => InputRules.MaxDocumentBytes + 1L;

        public override long Position { get; set; }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)' ', offset, count);
            Position += count;
            return count;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
