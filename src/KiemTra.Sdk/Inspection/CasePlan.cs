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
    /// <param name="purpose">Purpose and requirements (<i>mục đích, yêu cầu</i>).</param>
    /// <param name="contentAreas">Content areas, as codes of <paramref name="catalogs"/>' content areas.</param>
    /// <param name="referencePeriod">The period examined (<i>thời kỳ kiểm tra</i>), both ends included.</param>
    /// <param name="schedule">When the work is planned to start and end (<i>thời gian tiến hành</i>), both ends included.</param>
    /// <param name="method">Method (<i>phương pháp</i>).</param>
    /// <param name="catalogs">The catalogues the content areas are checked against.</param>
    /// <exception cref="ArgumentNullException">A period, <paramref name="contentAreas"/> or <paramref name="catalogs"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is empty, no content area is given, or a code is not in the catalogue.</exception>
    /// <remarks>The periods are NodaTime <see cref="DateInterval"/>s, which cannot run backwards: two ranges of dates instead of four dates in a row that could be swapped unseen.</remarks>
    public static CasePlan Create(string purpose, IEnumerable<string> contentAreas, DateInterval referencePeriod, DateInterval schedule, string method, OversightCatalogs catalogs)
    {
        ArgumentNullException.ThrowIfNull(contentAreas);
        ArgumentNullException.ThrowIfNull(referencePeriod);
        ArgumentNullException.ThrowIfNull(schedule);
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

        return new CasePlan(purpose.Trim(), areas, referencePeriod.Start, referencePeriod.End, schedule.Start, schedule.End, method.Trim());
    }
}
