using KiemTra.Sdk;
using KiemTra.Sdk.Organization;
using KiemTra.WebHost.Http;
using NodaTime;

namespace KiemTra.WebHost.Endpoints;

/// <summary>An organisation in a list.</summary>
/// <param name="Id">Id.</param>
/// <param name="Name">Name as of the date asked.</param>
/// <param name="Kind">The <see cref="OrganizationKind"/> name.</param>
/// <param name="Parent">The parent's id.</param>
/// <param name="CreatedOn">Creation date.</param>
/// <param name="EndedOn">End date, if it ended.</param>
internal sealed record OrganizationSummaryDto(string Id, string Name, string Kind, string? Parent, string CreatedOn, string? EndedOn)
{
    /// <summary>From the SDK's organisation as of a date.</summary>
    public static OrganizationSummaryDto Of(PartyOrganization o, LocalDate asOf) =>
        new(o.Id.Value, o.NameAsOf(asOf), o.Kind.ToString(), o.Parent?.Value, Iso.Date(o.CreatedOn), Iso.Date(o.EndedOn));
}

/// <summary>Response: organisations under a parent (or the roots).</summary>
/// <param name="Dataset">The dataset's name.</param>
/// <param name="AsOf">The date.</param>
/// <param name="Parent">The parent asked for, or null for the roots.</param>
/// <param name="Items">The organisations existing on the date.</param>
internal sealed record OrganizationListResponse(string Dataset, string AsOf, string? Parent, IReadOnlyList<OrganizationSummaryDto> Items);

/// <summary>A body of an organisation.</summary>
/// <param name="Kind">The <see cref="BodyKind"/> name.</param>
/// <param name="Name">Name.</param>
/// <param name="Size">People holding posts in it.</param>
internal sealed record BodyDto(string Kind, LocalizedText Name, int Size);

/// <summary>Response: one organisation.</summary>
/// <param name="Organization">The organisation.</param>
/// <param name="AsOf">The date.</param>
/// <param name="ExistsOn">Whether it exists on the date.</param>
/// <param name="Flags">Its features not implied by its kind, as this API has always written them: "None", or among "DelegatedPowers", "StandingCommittee", "InspectionCommission", "CellCommittee", joined by ", ".</param>
/// <param name="Ancestors">Its parent chain, nearest first.</param>
/// <param name="Bodies">Its bodies.</param>
/// <param name="Successors">Where it went, if it had ended by the date.</param>
internal sealed record OrganizationResponse(OrganizationSummaryDto Organization, string AsOf, bool ExistsOn, string Flags, IReadOnlyList<OrganizationSummaryDto> Ancestors, IReadOnlyList<BodyDto> Bodies, IReadOnlyList<string> Successors);

/// <summary>Response: counts in an organisation's subtree (R-H7).</summary>
/// <param name="Organization">The root of the subtree.</param>
/// <param name="AsOf">The date.</param>
/// <param name="DirectlySubordinate">Directly-subordinate committees.</param>
/// <param name="GrassrootsCommittees">Grassroots committees.</param>
/// <param name="GrassrootsCells">Grassroots cells.</param>
/// <param name="SubCommittees">Sub-committees.</param>
/// <param name="Cells">Cells under a grassroots committee.</param>
/// <param name="FullMembers">Full members.</param>
/// <param name="ProbationaryMembers">Probationary members.</param>
/// <param name="Members">All members.</param>
internal sealed record OrganizationStatsResponse(string Organization, string AsOf, int DirectlySubordinate, int GrassrootsCommittees, int GrassrootsCells, int SubCommittees, int Cells, int FullMembers, int ProbationaryMembers, int Members);

/// <summary><c>GET /api/organizations</c>, <c>/api/organizations/{id}</c>, <c>/api/organizations/{id}/stats</c> over the stored dataset, as of a date (default: the dataset's snapshot date).</summary>
internal static class OrganizationEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapOrganizationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/organizations").WithTags("Organizations");
        group.MapGet("/", List).WithName("ListOrganizations").WithSummary("Tổ chức trực thuộc / organisations under a parent (roots by default)")
            .Produces<OrganizationListResponse>().ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", Show).WithName("ShowOrganization").WithSummary("Một tổ chức / one organisation")
            .Produces<OrganizationResponse>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/stats", Stats).WithName("OrganizationStats").WithSummary("Số liệu cây tổ chức / subtree counts")
            .Produces<OrganizationStatsResponse>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IResult List(HttpContext http, PartyDataset dataset, string? parent, string? asOf)
    {
        var errors = new FieldErrors();
        var date = Parse.Date(errors, "asOf", asOf, required: false) ?? dataset.SnapshotDate;
        var parentId = Parse.Organization(errors, "parent", parent, dataset, required: false);
        if (errors.Any)
        {
            return Problems.Validation(http, errors.All);
        }

        IEnumerable<PartyOrganization> items = parentId is { } p ? dataset.ChildrenOf(p, date) : dataset.Roots.Where(r => r.ExistsOn(date));
        return TypedResults.Ok(new OrganizationListResponse(dataset.Name, Iso.Date(date), parentId?.Value, items.Select(o => OrganizationSummaryDto.Of(o, date)).ToArray()));
    }

    private static IResult Show(HttpContext http, PartyDataset dataset, string id, string? asOf)
    {
        if (Find(http, dataset, id, asOf, out var org, out var date) is { } problem)
        {
            return problem;
        }

        return TypedResults.Ok(new OrganizationResponse(
            OrganizationSummaryDto.Of(org!, date),
            Iso.Date(date),
            org!.ExistsOn(date),
            FlagsText(org),
            dataset.AncestorsOf(org.Id).Select(a => OrganizationSummaryDto.Of(a, date)).ToArray(),
            dataset.BodiesOf(org.Id).Select(b => new BodyDto(b.Kind.ToString(), b.Name, b.Size)).ToArray(),
            org.ExistsOn(date) || date < org.CreatedOn ? [] : dataset.SuccessorsAsOf(org.Id, date).Select(s => s.Value).ToArray()));
    }

    /// <summary>The organisation's <c>flags</c> field: its <see cref="PartyOrganization.Features"/> (the names this field has always written), or "None".</summary>
    internal static string FlagsText(PartyOrganization org) => org.Features.Count == 0 ? "None" : string.Join(", ", org.Features);

    private static IResult Stats(HttpContext http, PartyDataset dataset, string id, string? asOf)
    {
        if (Find(http, dataset, id, asOf, out var org, out var date) is { } problem)
        {
            return problem;
        }

        var c = dataset.CountSubtree(org!.Id, date);
        return TypedResults.Ok(new OrganizationStatsResponse(org.Id.Value, Iso.Date(date), c.DirectlySubordinate, c.GrassrootsCommittees, c.GrassrootsCells, c.SubCommittees, c.Cells, c.FullMembers, c.ProbationaryMembers, c.Members));
    }

    private static IResult? Find(HttpContext http, PartyDataset dataset, string id, string? asOf, out PartyOrganization? org, out LocalDate date)
    {
        var errors = new FieldErrors();
        date = Parse.Date(errors, "asOf", asOf, required: false) ?? dataset.SnapshotDate;
        org = null;
        OrganizationId orgId = default;
        try
        {
            // The factory normalises to NFC and refuses ill-formed UTF-16 itself.
            orgId = OrganizationId.From(id);
        }
        catch (ArgumentException ex)
        {
            errors.Add("id", id, $"Mã tổ chức không hợp lệ: {ex.Message}", $"Invalid organisation id: {ex.Message}");
        }

        if (errors.Any)
        {
            return Problems.Validation(http, errors.All);
        }

        if (!dataset.Contains(orgId))
        {
            return Problems.NotFound(http, LocalizedText.Of($"Không có tổ chức '{id}' trong dữ liệu '{dataset.Name}'.", $"There is no organisation '{id}' in the dataset '{dataset.Name}'."));
        }

        org = dataset.GetOrganization(orgId);
        return null;
    }
}
