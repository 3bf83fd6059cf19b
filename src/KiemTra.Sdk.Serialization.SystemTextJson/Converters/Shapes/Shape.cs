using System.Text.Json;
using static KiemTra.Sdk.Serialization.SystemTextJson.Converters.DomainJson;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters.Shapes;

/// <summary>
/// The JSON shape of one domain type: its fields (name, codec, getter) and the factory that rebuilds it. Writing emits
/// every field (nulls included, so a reader sees the whole value); reading rejects unknown and duplicate fields, requires
/// every non-nullable field, and runs the SDK's validating factory, whose guard-clause exceptions become a
/// <see cref="JsonException"/> naming the JSON pointer and line. Properties the type computes from its fields are listed
/// as <see cref="Computed"/> (not written), so that a test can prove every public property is either written or derived.
/// </summary>
internal sealed class Shape<T>
    where T : notnull
{
    private readonly List<IField> _fields = [];
    private readonly Func<ShapeReader, T> _create;
    private string[]? _names;

    public Shape(string typeName, Func<ShapeReader, T> create)
    {
        TypeName = typeName;
        _create = create;
        Codec = new Codec<T>(Read, Write);
    }

    public string TypeName { get; }

    public Codec<T> Codec { get; }

    /// <summary>The JSON field names, in writing order.</summary>
    public IEnumerable<string> FieldNames => _fields.Select(f => f.Name);

    /// <summary>Public properties of <typeparamref name="T"/> that are derived from the fields (not written).</summary>
    public List<string> Computed { get; } = [];

    public Shape<T> Field<TValue>(string name, Codec<TValue> codec, Func<T, TValue> get)
    {
        _fields.Add(new FieldOf<TValue>(name, codec, get));
        _names = null;
        return this;
    }

    /// <summary>Declares public properties computed from the fields (C# names), so they are accounted for.</summary>
    public Shape<T> Derived(params string[] properties)
    {
        Computed.AddRange(properties);
        return this;
    }

    private T Read(LineAwareJson node)
    {
        _names ??= [.. _fields.Select(f => f.Name)];
        node.ExpectObject(Error, _names);
        var reader = new ShapeReader(this, node);
        try
        {
            return _create(reader);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            throw new DocumentError(node.Path, node.Line, string.Empty, KiemTra.Sdk.Diagnostics.ErrorCodes.DocumentRuleViolated, DocumentError.RuleText($"invalid {TypeName}: {ex.Message}"), ex);
        }
    }

    private void Write(Utf8JsonWriter writer, T value)
    {
        writer.WriteStartObject();
        foreach (var field in _fields)
        {
            writer.WritePropertyName(field.Name);
            field.Write(writer, value);
        }

        writer.WriteEndObject();
    }

    internal IField Find(string name)
        => _fields.FirstOrDefault(f => f.Name == name)
           ?? throw new InvalidOperationException($"Shape {TypeName} reads a field '{name}' it does not declare.");

    internal interface IField
    {
        string Name { get; }

        void Write(Utf8JsonWriter writer, T value);
    }

    internal sealed class FieldOf<TValue>(string name, Codec<TValue> codec, Func<T, TValue> get) : IField
    {
        public string Name { get; } = name;

        public Codec<TValue> Codec { get; } = codec;

        public void Write(Utf8JsonWriter writer, T value) => Codec.Write(writer, get(value));
    }

    /// <summary>Hands the factory its field values, each read with the codec the field was declared with.</summary>
    internal sealed class ShapeReader(Shape<T> shape, LineAwareJson node)
    {
        /// <summary>The object being read (for errors about a combination of fields).</summary>
        public LineAwareJson Node { get; } = node;

        public TValue Get<TValue>(string name)
        {
            var field = shape.Find(name) as FieldOf<TValue>
                ?? throw new InvalidOperationException($"Shape {shape.TypeName} reads field '{name}' as {typeof(TValue).Name}, not as declared.");
            var child = Node.Optional(name);
            if (child is null)
            {
                return field.Codec.IsNullable ? default! : throw Error($"{Node.Path}/{name}", Node.Line, string.Empty, DocumentProblem.Of(KiemTra.Sdk.Diagnostics.ErrorCodes.DocumentFieldMissing, $"thiếu trường bắt buộc '{name}'", $"The field '{name}' is required."));
            }

            return field.Codec.Read(child);
        }

        /// <summary>
        /// The period from field <paramref name="fromName"/> to field <paramref name="toName"/>, both days included. A
        /// reversed period is refused here, before a <see cref="NodaTime.DateInterval"/> is built, with an error at
        /// <paramref name="toName"/> naming both fields and both dates (the interval's own refusal names neither).
        /// </summary>
        public NodaTime.DateInterval Interval(string fromName, string toName)
        {
            var from = Get<NodaTime.LocalDate>(fromName);
            var to = Get<NodaTime.LocalDate>(toName);
            if (to < from)
            {
                var fromText = from.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                var toText = to.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                throw Error(
                    $"{Node.Path}/{toName}",
                    Node.Optional(toName)?.Line ?? Node.Line,
                    toText,
                    DocumentProblem.Of(
                        KiemTra.Sdk.Diagnostics.ErrorCodes.DocumentRuleViolated,
                        $"'{toName}' ({toText}) không được trước '{fromName}' ({fromText})",
                        $"'{toName}' ({toText}) is before '{fromName}' ({fromText}): the period is reversed."));
            }

            return new NodaTime.DateInterval(from, to);
        }
    }
}
