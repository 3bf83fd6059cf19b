using System.Text.Encodings.Web;
using System.Text.Json;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Serialization.SystemTextJson.Converters;
using KiemTra.Sdk.Serialization.SystemTextJson.Converters.Shapes;

namespace KiemTra.Sdk.Serialization.SystemTextJson;

/// <summary>
/// The JSON form of the register of the work (<i>sổ theo dõi công tác kiểm tra, giám sát, kỷ luật</i> dạng JSON): one
/// document holding every fact of a <see cref="WorkRegister"/> and every link between them, which this class writes and
/// reads back identically. This package is the one owner of the format.
/// </summary>
/// <remarks>
/// <para>
/// The dialect: a UTF-8 object with <c>"formatVersion": 1</c> and one array per kind of fact (<c>cases</c>,
/// <c>programmes</c>, <c>programmeItemLinks</c>, <c>documents</c>, <c>assignments</c>, <c>assigneeReports</c>,
/// <c>localityMeetings</c>, <c>localityFiles</c>, <c>informationReceived</c>, <c>vettingOpinions</c>, <c>decisions</c>,
/// <c>complaints</c>, <c>complaintResolutions</c>, <c>denunciations</c>, <c>denunciationEscalations</c>,
/// <c>recommendations</c>, <c>recoveryAmounts</c>, <c>caseFindings</c>, <c>directives</c>, <c>inspectionStaff</c>,
/// <c>implementationPlans</c>, <c>implementationReports</c>, <c>meetings</c>, <c>tasks</c>, <c>digitalFigures</c>,
/// <c>annualReturns</c>); property names in camelCase, dates as <c>uuuu-MM-dd</c>, identifiers as strings, enum values
/// as their member names (<c>"Warning"</c>, as everywhere in this package). Every section is written; an absent section
/// reads as empty. Links name facts by id: a decision, denunciation or recommendation carries the <c>caseId</c> it came
/// from, a complaint its <c>decisionId</c>, a resolution its <c>complaintId</c>.
/// </para>
/// <para>
/// Reading is strict and goes through the core's public factories and <see cref="WorkRegisterBuilder"/>: a case's history
/// is replayed through the state machine, every guard applies. Unknown or repeated properties, a missing required one,
/// a dangling link, a repeated id, a date outside 1900–2199 or a document over the bounds of <see cref="InputRules"/>
/// is refused with a <see cref="DataFormatException"/> naming the source, the JSON pointer, the line and (a prefix of) the
/// value, with a stable code from <see cref="ErrorCodes"/>. Text is read as Unicode NFC.
/// </para>
/// <para>
/// A denunciation is written as its verifiers' copy (<c>"informantWithheld": true</c>); the informant's identity is never
/// written, and a document carrying one is refused.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// using (var file = File.Create("register-2025.json"))
/// {
///     WorkRegisterJson.Write(register, file);
/// }
///
/// using var input = File.OpenRead("register-2025.json");
/// WorkRegister again = WorkRegisterJson.Read(input, "register-2025.json");
/// </code>
/// </example>
public static class WorkRegisterJson
{
    /// <summary>The value of <c>formatVersion</c> this version of the package writes and reads.</summary>
    public const int FormatVersion = RegisterDocument.Version;

    /// <summary>Reads a register document.</summary>
    /// <param name="utf8Json">The UTF-8 JSON document; read to its end, not closed.</param>
    /// <param name="sourceName">The name of the source (a file name), put at the start of every error message.</param>
    /// <returns>The register, every fact checked by the core.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFormatException">The document is malformed, over a bound, or a fact or link is refused by the domain:
    /// it names the source, the JSON pointer, the line and the value, with a code from <see cref="ErrorCodes"/>
    /// (<c>KT_DOC_RULE_VIOLATED</c> when a core factory refuses the values, its message kept).</exception>
    public static WorkRegister Read(Stream utf8Json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(sourceName);
        try
        {
            return RegisterDocument.Read(LineAwareJson.Parse(utf8Json, DomainJson.Error));
        }
        catch (Exception ex) when (ex is DocumentError or JsonException)
        {
            throw DomainJson.ToDataFormat(ex, sourceName);
        }
    }

    /// <summary>Writes a register document, indented, with Vietnamese text unescaped.</summary>
    /// <param name="register">The register.</param>
    /// <param name="utf8Json">The stream written to (UTF-8, no BOM); flushed, not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(WorkRegister register, Stream utf8Json) => Write(register, utf8Json, indented: true);

    /// <summary>Writes a register document; the same register always gives the same bytes.</summary>
    /// <param name="register">The register.</param>
    /// <param name="utf8Json">The stream written to (UTF-8, no BOM); flushed, not closed.</param>
    /// <param name="indented">Whether to indent (two spaces, one property per line) or write on one line.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(WorkRegister register, Stream utf8Json, bool indented)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(register);

        // A file, not HTML: Vietnamese letters are written as themselves; quotes and control characters stay escaped.
        using var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        RegisterDocument.Write(writer, register);
        writer.Flush();
    }
}
