using NodaTime;

namespace KiemTra.Sdk.Inspection;

/// <summary>
/// The plan of a supervision or inspection (<i>kế hoạch</i>): purpose, content, reference period, duration and method.
/// </summary>
public sealed record CasePlan
{
    private CasePlan(string purpose, IReadOnlyList<string> contentAreas, LocalDate referenceFrom, LocalDate referenceTo, LocalDate start, LocalDate end, string method)
    {
        Purpose = purpose;
        ContentAreas = contentAreas;
        ReferenceFrom = referenceFrom;
        ReferenceTo = referenceTo;
        Start = start;
        End = end;
        Method = method;
    }

    /// <summary>Purpose and requirements (<i>mục đích, yêu cầu</i>).</summary>
    public string Purpose { get; }

    /// <summary>Content areas, as codes of <see cref="OversightCatalogs.ContentAreas"/>.</summary>
    public IReadOnlyList<string> ContentAreas { get; }

    /// <summary>First day of the period examined (<i>thời kỳ kiểm tra</i>).</summary>
    public LocalDate ReferenceFrom { get; }

    /// <summary>Last day of the period examined.</summary>
    public LocalDate ReferenceTo { get; }

    /// <summary>Planned start of the work.</summary>
    public LocalDate Start { get; }

    /// <summary>Planned end of the work (<i>thời gian</i>).</summary>
    public LocalDate End { get; }

    /// <summary>Method (<i>phương pháp</i>).</summary>
    public string Method { get; }

    /// <summary>Creates a plan.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="contentAreas"/> or <paramref name="catalogs"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is empty, a period is reversed, no content area is given, or a code is not in the catalogue.</exception>
    public static CasePlan Create(string purpose, IEnumerable<string> contentAreas, LocalDate referenceFrom, LocalDate referenceTo, LocalDate start, LocalDate end, string method, OversightCatalogs catalogs)
    {
        ArgumentNullException.ThrowIfNull(contentAreas);
        ArgumentNullException.ThrowIfNull(catalogs);
        if (string.IsNullOrWhiteSpace(purpose))
        {
            throw new ArgumentException("The plan must state its purpose.", nameof(purpose));
        }

        if (string.IsNullOrWhiteSpace(method))
        {
            throw new ArgumentException("The plan must state its method.", nameof(method));
        }

        var areas = contentAreas.Distinct(StringComparer.Ordinal).ToArray();
        if (areas.Length == 0)
        {
            throw new ArgumentException("The plan must name at least one content area.", nameof(contentAreas));
        }

        foreach (var code in areas.Where(c => !catalogs.ContentAreas.Contains(c)))
        {
            throw new ArgumentException($"'{code}' is not a content area; valid codes: {string.Join(", ", catalogs.ContentAreas.Items.Select(i => i.Code))}.", nameof(contentAreas));
        }

        if (referenceTo < referenceFrom)
        {
            throw new ArgumentException($"The reference period ends on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(referenceTo)}, before it starts on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(referenceFrom)}.", nameof(referenceTo));
        }

        if (end < start)
        {
            throw new ArgumentException($"The work ends on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(end)}, before it starts on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(start)}.", nameof(end));
        }

        return new CasePlan(purpose.Trim(), areas, referenceFrom, referenceTo, start, end, method.Trim());
    }
}
