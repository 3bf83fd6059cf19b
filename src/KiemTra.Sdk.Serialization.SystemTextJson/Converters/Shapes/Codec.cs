using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using NodaTime;
using NodaTime.Text;
using static KiemTra.Sdk.Serialization.SystemTextJson.Converters.DomainJson;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters.Shapes;

/// <summary>
/// Reads one JSON value (through the core's strict, line-aware tree) and writes it back. The building block of the
/// domain shapes: a <see cref="Shape{T}"/> is a codec made of named fields, each with its own codec.
/// </summary>
internal sealed class Codec<T>
{
    public Codec(Func<LineAwareJson, T> read, Action<Utf8JsonWriter, T> write, bool isNullable = false)
    {
        Read = read;
        Write = write;
        IsNullable = isNullable;
    }

    public Func<LineAwareJson, T> Read { get; }

    public Action<Utf8JsonWriter, T> Write { get; }

    /// <summary>Whether JSON <c>null</c> (or an omitted field) is a valid value.</summary>
    public bool IsNullable { get; }
}

/// <summary>The codecs of the values domain types are made of. Dates are ISO <c>yyyy-MM-dd</c>, enums their member names.</summary>
internal static class Codecs
{
    /// <summary>A non-empty string (NFC, within <see cref="InputRules.MaxStringLength"/>).</summary>
    public static readonly Codec<string> String = new(DomainJson.String, (w, v) => w.WriteStringValue(v));

    /// <summary>Any string, the empty one included (notes, free text the domain allows to be empty).</summary>
    public static readonly Codec<string> AnyString = new(
        n => n.Kind == JsonValueKind.String ? n.Text! : throw Error(n.DisplayPath, n.Line, n.Describe(), DocumentProblem.Of(ErrorCodes.DocumentValueInvalid, "phải là một chuỗi", "Expected a string.")),
        (w, v) => w.WriteStringValue(v));

    public static readonly Codec<string?> NullableString = OrNull(String);

    public static readonly Codec<string?> NullableAnyString = OrNull(AnyString);

    public static readonly Codec<int> Int32 = new(DomainJson.Int32, (w, v) => w.WriteNumberValue(v));

    public static readonly Codec<long> Int64 = new(
        n => n.Kind == JsonValueKind.Number && long.TryParse(n.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw Error(n.DisplayPath, n.Line, n.Describe(), DocumentProblem.Of(ErrorCodes.DocumentValueInvalid, "phải là một số nguyên", "Expected a whole number.")),
        (w, v) => w.WriteNumberValue(v));

    public static readonly Codec<long?> NullableInt64 = OrNullValue(Int64);

    public static readonly Codec<decimal> Decimal = new(
        n => n.Kind == JsonValueKind.Number && decimal.TryParse(n.Text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw Error(n.DisplayPath, n.Line, n.Describe(), DocumentProblem.Of(ErrorCodes.DocumentValueInvalid, "phải là một số thập phân (không dùng số mũ)", "Expected a decimal number (no exponent).")),
        (w, v) => w.WriteNumberValue(v));

    public static readonly Codec<decimal?> NullableDecimal = OrNullValue(Decimal);

    public static readonly Codec<bool> Boolean = new(DomainJson.Boolean, (w, v) => w.WriteBooleanValue(v));

    public static readonly Codec<bool?> NullableBoolean = OrNullValue(Boolean);

    public static readonly Codec<LocalDate> Date = new(
        DomainJson.Date,
        (w, v) => w.WriteStringValue(v.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)));

    public static readonly Codec<LocalDate?> NullableDate = OrNullValue(Date);

    /// <summary>A NodaTime <see cref="NodaTime.Period"/> in ISO-8601 (<c>P5Y</c>, <c>P1Y6M</c>).</summary>
    public static readonly Codec<Period> Period = new(
        n =>
        {
            var text = DomainJson.String(n);
            var result = PeriodPattern.Roundtrip.Parse(text);
            return result.Success ? result.Value : throw Error(n.DisplayPath, n.Line, text, DocumentProblem.Of(ErrorCodes.DocumentValueInvalid, "phải là một khoảng thời gian ISO-8601, ví dụ \"P5Y\"", "Expected an ISO-8601 period such as \"P5Y\"."));
        },
        (w, v) => w.WriteStringValue(PeriodPattern.Roundtrip.Format(v)));

    public static readonly Codec<LocalizedText> Text = new(DomainJson.Text, WriteTextValue);

    public static readonly Codec<LocalizedText?> NullableText = OrNull(Text);

    public static readonly Codec<RuleCitation> Citation = new(DomainJson.Citation, WriteCitationValue);

    public static readonly Codec<RuleCitation?> NullableCitation = OrNull(Citation);

    public static readonly Codec<OrganizationId> OrganizationId = new(DomainJson.OrganizationId, (w, v) => w.WriteStringValue(v.Value));

    public static readonly Codec<OrganizationId?> NullableOrganizationId = OrNullValue(OrganizationId);

    public static readonly Codec<MemberId> MemberId = new(DomainJson.MemberId, (w, v) => w.WriteStringValue(v.Value));

    public static readonly Codec<MemberId?> NullableMemberId = OrNullValue(MemberId);

    /// <summary>A typed record id as a JSON string.</summary>
    public static Codec<RecordId<TRecord>> Id<TRecord>()
        where TRecord : class
        => IdCodec<TRecord>.Value;

    /// <summary>A typed record id as a JSON string, or null.</summary>
    public static Codec<RecordId<TRecord>?> NullableId<TRecord>()
        where TRecord : class
        => IdCodec<TRecord>.Nullable;

    /// <summary>One codec per record type, built once.</summary>
    private static class IdCodec<TRecord>
        where TRecord : class
    {
        public static readonly Codec<RecordId<TRecord>> Value = new(DomainJson.Id<TRecord>, (w, v) => w.WriteStringValue(v.Value));

        public static readonly Codec<RecordId<TRecord>?> Nullable = OrNullValue(Value);
    }

    public static Codec<TEnum> Enum<TEnum>()
        where TEnum : struct, System.Enum
        => new(DomainJson.Enum<TEnum>, (w, v) => w.WriteStringValue(v.ToString()));

    public static Codec<TEnum?> NullableEnum<TEnum>()
        where TEnum : struct, System.Enum
        => OrNullValue(Enum<TEnum>());

    /// <summary>A reference value that may be null.</summary>
    public static Codec<T?> OrNull<T>(Codec<T> inner)
        where T : class
        => new(
            n => n.Kind == JsonValueKind.Null ? null : inner.Read(n),
            (w, v) =>
            {
                if (v is null)
                {
                    w.WriteNullValue();
                }
                else
                {
                    inner.Write(w, v);
                }
            },
            isNullable: true);

    /// <summary>A value type that may be null.</summary>
    public static Codec<T?> OrNullValue<T>(Codec<T> inner)
        where T : struct
        => new(
            n => n.Kind == JsonValueKind.Null ? null : inner.Read(n),
            (w, v) =>
            {
                if (v is { } value)
                {
                    inner.Write(w, value);
                }
                else
                {
                    w.WriteNullValue();
                }
            },
            isNullable: true);

    /// <summary>A JSON array as a read-only list.</summary>
    public static Codec<IReadOnlyList<T>> List<T>(Codec<T> item)
        => new(
            n => DomainJson.Array(n, item.Read),
            (w, v) =>
            {
                w.WriteStartArray();
                foreach (var x in v)
                {
                    item.Write(w, x);
                }

                w.WriteEndArray();
            });

    /// <summary>A JSON array as an immutable array.</summary>
    public static Codec<ImmutableArray<T>> Array<T>(Codec<T> item)
    {
        var list = List(item);
        return new(n => [.. list.Read(n)], (w, v) => list.Write(w, v.IsDefault ? [] : v));
    }

    /// <summary>A map from enum members to counts as <c>{"Member": 3}</c> (names checked, counts whole numbers).</summary>
    public static Codec<IReadOnlyDictionary<TEnum, int>> CountsByEnum<TEnum>()
        where TEnum : struct, System.Enum
        => new(
            n =>
            {
                if (n.Kind != JsonValueKind.Object)
                {
                    throw Error(n.DisplayPath, n.Line, n.Describe(), DocumentProblem.Of(ErrorCodes.DocumentValueInvalid, "phải là một đối tượng JSON gồm các số đếm", "Expected an object of counts."));
                }

                var result = new Dictionary<TEnum, int>();
                foreach (var (name, value) in n.Properties!)
                {
                    if (!System.Enum.TryParse<TEnum>(name, ignoreCase: false, out var key) || !System.Enum.IsDefined(key) || char.IsDigit(name[0]) || name[0] == '-')
                    {
                        throw Error(value.Path, value.Line, name, DomainJson.OneOf<TEnum>());
                    }

                    result[key] = DomainJson.Int32(value);
                }

                return result;
            },
            (w, v) =>
            {
                w.WriteStartObject();
                foreach (var (key, count) in v.OrderBy(p => p.Key))
                {
                    w.WriteNumber(key.ToString(), count);
                }

                w.WriteEndObject();
            });

    /// <summary>A map from string keys (e.g. organisation ids) to values as a JSON object.</summary>
    public static Codec<IReadOnlyDictionary<TKey, TValue>> Map<TKey, TValue>(Func<string, TKey> key, Func<TKey, string> keyText, Codec<TValue> value)
        where TKey : notnull
        => new(
            n =>
            {
                if (n.Kind != JsonValueKind.Object)
                {
                    throw Error(n.DisplayPath, n.Line, n.Describe(), DocumentProblem.Of(ErrorCodes.DocumentValueInvalid, "phải là một đối tượng JSON", "Expected an object."));
                }

                var result = new Dictionary<TKey, TValue>();
                foreach (var (name, item) in n.Properties!)
                {
                    result[DomainJson.Create(item, () => key(name))] = value.Read(item);
                }

                return result;
            },
            (w, v) =>
            {
                w.WriteStartObject();
                foreach (var (k, item) in v.OrderBy(p => keyText(p.Key), StringComparer.Ordinal))
                {
                    w.WritePropertyName(keyText(k));
                    value.Write(w, item);
                }

                w.WriteEndObject();
            });

    private static void WriteTextValue(Utf8JsonWriter writer, LocalizedText value)
    {
        writer.WriteStartObject();
        writer.WriteString("vi", value.Vietnamese);
        writer.WriteString("en", value.English);
        writer.WriteEndObject();
    }

    private static void WriteCitationValue(Utf8JsonWriter writer, RuleCitation value)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleSetId", value.RuleSetId.Value);
        writer.WriteString("instrument", value.Instrument);
        if (value.EnglishInstrument is not null)
        {
            writer.WriteString("instrumentEn", value.EnglishInstrument);
        }

        WriteOptionalString(writer, "article", value.Article);
        writer.WriteBoolean("verified", value.Verified);
        writer.WriteEndObject();
    }
}
