using NodaTime;

namespace KiemTra.Sdk.Organization;

/// <summary>
/// One event in an organisation's lineage (<i>lịch sử tổ chức</i>): renamed, merged into another, split from another,
/// dissolved — with its date. Creation is the organisation's own <c>createdOn</c>.
/// </summary>
public sealed record LineageEvent
{
    private LineageEvent(LineageEventKind kind, OrganizationId organization, LocalDate date, OrganizationId? other, string? newName)
    {
        Kind = kind;
        Organization = organization;
        Date = date;
        Other = other;
        NewName = newName;
    }

    /// <summary>What happened.</summary>
    public LineageEventKind Kind { get; }

    /// <summary>The organisation it happened to.</summary>
    public OrganizationId Organization { get; }

    /// <summary>The day it took effect (the organisation no longer exists on this day when it ends).</summary>
    public LocalDate Date { get; }

    /// <summary>The organisation merged into (<see cref="LineageEventKind.MergedInto"/>) or split from (<see cref="LineageEventKind.SplitFrom"/>).</summary>
    public OrganizationId? Other { get; }

    /// <summary>The new name (<see cref="LineageEventKind.Renamed"/>).</summary>
    public string? NewName { get; }

    /// <summary>The organisation was renamed on <paramref name="date"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="newName"/> is empty.</exception>
    public static LineageEvent Renamed(OrganizationId organization, LocalDate date, string newName)
    {
        if (string.IsNullOrWhiteSpace(newName))
        {
            throw new ArgumentException($"The new name of {organization} must not be empty.", nameof(newName));
        }

        return new(LineageEventKind.Renamed, organization, date, null, newName);
    }

    /// <summary>The organisation was merged into <paramref name="successor"/> on <paramref name="date"/>.</summary>
    /// <exception cref="ArgumentException">The two organisations are the same.</exception>
    public static LineageEvent MergedInto(OrganizationId organization, LocalDate date, OrganizationId successor)
    {
        if (organization == successor)
        {
            throw new ArgumentException($"{organization} cannot be merged into itself.", nameof(successor));
        }

        return new(LineageEventKind.MergedInto, organization, date, successor, null);
    }

    /// <summary>The organisation was created on <paramref name="date"/> by splitting from <paramref name="origin"/>.</summary>
    /// <exception cref="ArgumentException">The two organisations are the same.</exception>
    public static LineageEvent SplitFrom(OrganizationId organization, LocalDate date, OrganizationId origin)
    {
        if (organization == origin)
        {
            throw new ArgumentException($"{organization} cannot be split from itself.", nameof(origin));
        }

        return new(LineageEventKind.SplitFrom, organization, date, origin, null);
    }

    /// <summary>The organisation was dissolved on <paramref name="date"/>.</summary>
    public static LineageEvent Dissolved(OrganizationId organization, LocalDate date) => new(LineageEventKind.Dissolved, organization, date, null, null);

    /// <summary>Returns e.g. "2025-07-01 TN.H01.X03 MergedInto TN.X012".</summary>
    public override string ToString() => $"{Date:uuuu-MM-dd} {Organization} {Kind}{(Other is { } o ? " " + o : string.Empty)}{(NewName is null ? string.Empty : " \"" + NewName + "\"")}";
}
