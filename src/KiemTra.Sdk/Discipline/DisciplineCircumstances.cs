namespace KiemTra.Sdk.Discipline;

/// <summary>
/// What a disciplinary decision weighed (<i>căn cứ xem xét kỷ luật</i>): the content,
/// nature, extent, harm, consequence and cause of the violation; aggravating and mitigating circumstances;
/// attitude; how far it was remedied; and the subject's role (initiator or follower).
/// </summary>
/// <remarks>
/// Written with an object initializer, each circumstance by name (six of them are texts: a positional factory would let
/// two be swapped unseen). Every property checks its value as it is set, so a <c>with</c> expression is checked too.
/// </remarks>
/// <example>
/// <code>
/// var circumstances = new DisciplineCircumstances
/// {
///     Content = "Sử dụng quỹ thôn sai mục đích",
///     Nature = "Nghiêm trọng",
///     Extent = "Vi phạm nhiều lần",
///     Harm = "Ảnh hưởng uy tín của chi bộ",
///     Consequence = "Thất thoát 45 triệu đồng",
///     Cause = "Thiếu tu dưỡng, rèn luyện",
///     Attitude = Attitude.Sincere,
///     Remediation = "Đã nộp lại toàn bộ số tiền",
///     Role = ParticipationRole.Sole,
/// };
/// </code>
/// </example>
public sealed record DisciplineCircumstances
{
    private readonly string _content = string.Empty;
    private readonly string _nature = string.Empty;
    private readonly string _extent = string.Empty;
    private readonly string _harm = string.Empty;
    private readonly string _consequence = string.Empty;
    private readonly string _cause = string.Empty;
    private readonly string _remediation = string.Empty;
    private readonly IReadOnlyList<AggravatingCircumstance> _aggravating = [];
    private readonly IReadOnlyList<MitigatingCircumstance> _mitigating = [];
    private readonly Attitude _attitude;
    private readonly ParticipationRole _role;

    /// <summary>Content of the violation (<i>nội dung</i>).</summary>
    /// <exception cref="ArgumentException">Set empty or blank.</exception>
    public required string Content { get => _content; init => _content = Require(value, nameof(Content)); }

    /// <summary>Nature (<i>tính chất</i>).</summary>
    /// <exception cref="ArgumentException">Set empty or blank.</exception>
    public required string Nature { get => _nature; init => _nature = Require(value, nameof(Nature)); }

    /// <summary>Extent (<i>mức độ</i>).</summary>
    /// <exception cref="ArgumentException">Set empty or blank.</exception>
    public required string Extent { get => _extent; init => _extent = Require(value, nameof(Extent)); }

    /// <summary>Harm (<i>tác hại</i>).</summary>
    /// <exception cref="ArgumentException">Set empty or blank.</exception>
    public required string Harm { get => _harm; init => _harm = Require(value, nameof(Harm)); }

    /// <summary>Consequence (<i>hậu quả</i>).</summary>
    /// <exception cref="ArgumentException">Set empty or blank.</exception>
    public required string Consequence { get => _consequence; init => _consequence = Require(value, nameof(Consequence)); }

    /// <summary>Cause (<i>nguyên nhân</i>).</summary>
    /// <exception cref="ArgumentException">Set empty or blank.</exception>
    public required string Cause { get => _cause; init => _cause = Require(value, nameof(Cause)); }

    /// <summary>Aggravating circumstances (<i>tình tiết tăng nặng</i>), each once, in declaration order; none when not set.</summary>
    /// <exception cref="ArgumentNullException">Set null.</exception>
    /// <exception cref="ArgumentException">A value is not defined.</exception>
    public IReadOnlyList<AggravatingCircumstance> Aggravating { get => _aggravating; init => _aggravating = Defined(value, nameof(Aggravating), "Aggravating circumstance"); }

    /// <summary>Mitigating circumstances (<i>tình tiết giảm nhẹ</i>), each once, in declaration order; none when not set.</summary>
    /// <exception cref="ArgumentNullException">Set null.</exception>
    /// <exception cref="ArgumentException">A value is not defined.</exception>
    public IReadOnlyList<MitigatingCircumstance> Mitigating { get => _mitigating; init => _mitigating = Defined(value, nameof(Mitigating), "Mitigating circumstance"); }

    /// <summary>Attitude to self-criticism and criticism (<i>thái độ tiếp thu, sửa chữa</i>).</summary>
    /// <exception cref="ArgumentException">The value is not defined.</exception>
    public required Attitude Attitude { get => _attitude; init => _attitude = Enum.IsDefined(value) ? value : throw new ArgumentException($"Attitude {(int)value} is not defined.", nameof(Attitude)); }

    /// <summary>How far the violation and its consequences were remedied (<i>mức độ khắc phục</i>).</summary>
    /// <exception cref="ArgumentException">Set empty or blank.</exception>
    public required string Remediation { get => _remediation; init => _remediation = Require(value, nameof(Remediation)); }

    /// <summary>Initiator, follower or sole actor (<i>vai trò</i>).</summary>
    /// <exception cref="ArgumentException">The value is not defined.</exception>
    public required ParticipationRole Role { get => _role; init => _role = Enum.IsDefined(value) ? value : throw new ArgumentException($"Participation role {(int)value} is not defined.", nameof(Role)); }

    private static string Require(string value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"The circumstance '{name}' must be stated.", name) : value.Trim();

    private static T[] Defined<T>(IEnumerable<T> values, string name, string what)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(values, name);
        var list = values.Distinct().Order().ToArray();
        foreach (var v in list.Where(v => !Enum.IsDefined(v)))
        {
            throw new ArgumentException($"{what} {Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)} is not defined.", name);
        }

        return list;
    }
}
