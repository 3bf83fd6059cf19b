namespace KiemTra.Sdk.Discipline;

/// <summary>
/// The disciplinary forms that apply to one kind of subject, ordered from the lightest to the heaviest
/// (<i>thang hình thức kỷ luật</i>). The order is total: of two different forms of the scale one is heavier.
/// </summary>
internal sealed class DisciplineFormScale
{
    private readonly DisciplineForm[] _lightestFirst;

    private DisciplineFormScale(DisciplineSubjectKind kind, DisciplineForm[] lightestFirst)
    {
        Kind = kind;
        _lightestFirst = lightestFirst;
    }

    /// <summary>The kind of subject the scale is for.</summary>
    public DisciplineSubjectKind Kind { get; }

    /// <summary>The forms from the lightest to the heaviest.</summary>
    public IReadOnlyList<DisciplineForm> LightestFirst => _lightestFirst;

    /// <summary>The forms from the heaviest to the lightest (the order in which votes are added up).</summary>
    public IReadOnlyList<DisciplineForm> HeaviestFirst => _lightestFirst.Reverse().ToArray();

    /// <summary>The lightest form.</summary>
    public DisciplineForm Lightest => _lightestFirst[0];

    /// <summary>The heaviest form.</summary>
    public DisciplineForm Heaviest => _lightestFirst[^1];

    /// <summary>Creates a scale.</summary>
    /// <param name="kind">The subject kind.</param>
    /// <param name="lightestFirst">At least one form, lightest first, each once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lightestFirst"/> is null.</exception>
    /// <exception cref="ArgumentException">The list is empty, repeats a form or has an undefined value.</exception>
    public static DisciplineFormScale Create(DisciplineSubjectKind kind, IEnumerable<DisciplineForm> lightestFirst)
    {
        ArgumentNullException.ThrowIfNull(lightestFirst);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentException($"Subject kind {(int)kind} is not defined.", nameof(kind));
        }

        var forms = lightestFirst.ToArray();
        if (forms.Length == 0)
        {
            throw new ArgumentException($"The scale for {kind} must contain at least one form.", nameof(lightestFirst));
        }

        foreach (var form in forms)
        {
            if (!Enum.IsDefined(form))
            {
                throw new ArgumentException($"Form {(int)form} in the scale for {kind} is not defined.", nameof(lightestFirst));
            }
        }

        var repeated = forms.GroupBy(f => f).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"The scale for {kind} lists {repeated.Key} more than once.", nameof(lightestFirst));
        }

        return new DisciplineFormScale(kind, forms);
    }

    /// <summary>Whether the form belongs to this scale.</summary>
    public bool Contains(DisciplineForm form) => Array.IndexOf(_lightestFirst, form) >= 0;

    /// <summary>The position of the form, 1 for the lightest.</summary>
    /// <exception cref="ArgumentException">The form is not in this scale.</exception>
    public int Rank(DisciplineForm form)
    {
        var index = Array.IndexOf(_lightestFirst, form);
        if (index < 0)
        {
            throw new ArgumentException($"Form {form} is not in the scale for {Kind}.", nameof(form));
        }

        return index + 1;
    }

    /// <summary>Compares two forms of the scale: negative when <paramref name="a"/> is lighter.</summary>
    /// <exception cref="ArgumentException">Either form is not in this scale.</exception>
    public int Compare(DisciplineForm a, DisciplineForm b) => Rank(a).CompareTo(Rank(b));

    /// <summary>Returns e.g. "FullMember: Reprimand &lt; Warning &lt; RemovalFromPost &lt; Expulsion".</summary>
    public override string ToString() => $"{Kind}: {string.Join(" < ", _lightestFirst)}";
}
