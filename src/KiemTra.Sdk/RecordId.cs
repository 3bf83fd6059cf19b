using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk;

/// <summary>
/// Identifier of a record of the work (<i>mã hồ sơ</i>), typed by what it identifies: <c>RecordId&lt;OversightCase&gt;</c>
/// is a case's id (<i>mã cuộc kiểm tra, giám sát</i>), <c>RecordId&lt;DisciplineDecision&gt;</c> a discipline decision's
/// number and symbol (<i>số, ký hiệu quyết định</i>), <c>RecordId&lt;RuleSet&gt;</c> a rule set's id, and so on for
/// recommendations, denunciations and their allegations, complaints, programmes and their items, and every fact of the
/// register, and the bodies of the organisation tree (<c>RecordId&lt;Body&gt;</c>, e.g. <c>TN.UBKT</c>, see
/// <see cref="Organization.Body.Id"/>). An id of one kind of record cannot be passed where another kind is expected.
/// </summary>
/// <typeparam name="TRecord">The kind of record identified.</typeparam>
/// <remarks>
/// <para>The text follows <see cref="InputRules"/>: normalised to Unicode form C, then letters (Vietnamese included), digits,
/// '.', '-' and '_', starting with a letter or digit. A discipline decision's id is the decision's number and symbol as
/// officials write it, so it may also hold '/' (<c>10-QĐ/UBKT</c>); so may a rule set's id, which is often the number of
/// the document it encodes (<c>CV-8726/VPCP</c>). At most <see cref="MaxLength"/> UTF-16 code units, or
/// <see cref="MaxFactLength"/> for the facts of the register (meetings, issued documents, assignments and their reports,
/// files, plans, staff years, information received, vetting opinions, tasks), whose ids are often composite keys of a
/// host's own records, and for bodies.</para>
/// <para>Ids compare by ordinal text. <c>default</c> has the empty <see cref="Value"/> and is refused by every factory of the
/// SDK.</para>
/// </remarks>
public readonly record struct RecordId<TRecord> : IComparable<RecordId<TRecord>>
    where TRecord : class
{
    /// <summary>The longest id of a case, decision, recommendation, denunciation, allegation, complaint, programme, programme item or rule set, in UTF-16 code units (64).</summary>
    public const int MaxLength = InputRules.MaxIdentifierLength;

    /// <summary>The longest id of a fact of the register (a meeting, an issued document, an assignment…), in UTF-16 code units (128).</summary>
    public const int MaxFactLength = 128;

    private static readonly RecordIdKind Kind = RecordIdKind.Of(typeof(TRecord));

    private readonly string? _value;

    private RecordId(string value) => _value = value;

    /// <summary>The id text (empty for <c>default</c>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is <c>default</c> (no id).</summary>
    public bool IsDefault => _value is null;

    /// <summary>Creates an id, normalising the text to Unicode form C.</summary>
    /// <param name="value">The text, within the rules above.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException">The value is null, empty, too long, or has a character the rules refuse; the
    /// message names the kind of id, the value and the character.</exception>
    public static RecordId<TRecord> From(string value) => new(Kind.Validate(value, nameof(value)));

    /// <summary>Creates an id if <paramref name="value"/> follows the rules above.</summary>
    /// <param name="value">The text.</param>
    /// <param name="id">The id, or <c>default</c>.</param>
    /// <returns>Whether the value was accepted.</returns>
    public static bool TryFrom(string? value, out RecordId<TRecord> id)
    {
        try
        {
            id = new(Kind.Validate(value, nameof(value)));
            return true;
        }
        catch (ArgumentException)
        {
            id = default;
            return false;
        }
    }

    /// <summary>Checks that the id is not <c>default</c>; returns it.</summary>
    internal RecordId<TRecord> Required(string paramName)
        => _value is null ? throw new ArgumentException($"The {Kind.What} must not be default.", paramName) : this;

    /// <summary>Wraps a value already validated by the same rules.</summary>
    internal static RecordId<TRecord> FromValidated(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(RecordId<TRecord> other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the id text.</summary>
    public override string ToString() => Value;
}

/// <summary>What kind of id a record type has: its name in messages, its length and its characters.</summary>
internal sealed class RecordIdKind
{
    private RecordIdKind(string what, int maxLength, bool reference)
    {
        What = what;
        MaxLength = maxLength;
        Reference = reference;
    }

    /// <summary>The kind of id in English, for messages ("case id").</summary>
    public string What { get; }

    /// <summary>The longest id accepted.</summary>
    public int MaxLength { get; }

    /// <summary>Whether '/' is allowed (a document's number and symbol).</summary>
    public bool Reference { get; }

    public static RecordIdKind Of(Type type)
    {
        const int fact = 128;
        return type == typeof(OversightCase) ? new("case id", InputRules.MaxIdentifierLength, false)
            : type == typeof(DisciplineDecision) ? new("decision id", InputRules.MaxIdentifierLength, true)
            : type == typeof(Recommendation) ? new("recommendation id", InputRules.MaxIdentifierLength, false)
            : type == typeof(Denunciation) ? new("denunciation id", InputRules.MaxIdentifierLength, false)
            : type == typeof(Allegation) ? new("allegation id", InputRules.MaxIdentifierLength, false)
            : type == typeof(DisciplineComplaint) ? new("complaint id", InputRules.MaxIdentifierLength, false)
            : type == typeof(OversightProgram) ? new("programme id", InputRules.MaxIdentifierLength, false)
            : type == typeof(ProgramItem) ? new("programme item id", InputRules.MaxIdentifierLength, false)
            : type == typeof(RuleSet) ? new("rule set id", InputRules.MaxIdentifierLength, true)
            : type == typeof(Organization.Body) ? new("body id", fact, false)
            : type == typeof(RecordedAssignment) ? new("assignment id", fact, false)
            : type == typeof(ImplementationPlan) ? new("implementation plan id", fact, false)
            : type == typeof(InspectionStaffYear) ? new("inspection staff id", fact, false)
            : new(FactName(type.Name), fact, false);
    }

    private static string FactName(string typeName)
    {
        var words = new System.Text.StringBuilder(typeName.Length + 8);
        foreach (var c in typeName)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.Append(" id").ToString();
    }

    public string Validate(string? value, string paramName)
    {
        return InputRules.ValidateNormalizing(value, paramName, What, MaxLength, Reference);
    }
}
