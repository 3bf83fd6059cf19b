using System.Text.Json;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Serialization.SystemTextJson;

/// <summary>
/// Reads and writes a <see cref="KiemTra.Sdk.Organization.PartyDataset"/> as JSON (<i>tệp dữ liệu tổ chức</i>) by hand with
/// <see cref="Utf8JsonReader"/>/<see cref="Utf8JsonWriter"/> (no reflection, AOT-safe). Reading is strict: unknown
/// fields, bad dates, unknown codes and dangling ids throw <see cref="KiemTra.Sdk.Diagnostics.DataFormatException"/> naming the JSON
/// pointer, the line and a stable code.
/// </summary>
/// <remarks>
/// <code>
/// {
///   "name": "Tỉnh Mẫu", "snapshotDate": "2025-10-31",
///   "organizations": [ { "id": "HB", "name": "Đảng bộ tỉnh Mẫu", "kind": "province", "createdOn": "1990-01-01",
///                        "flags": ["standingCommittee", "inspectionCommission"], "advisoryAgencies": ["office"] },
///                      { "id": "HB.X1", "name": "Đảng bộ xã An Bình", "kind": "commune", "parent": "HB", "createdOn": "2025-07-01" } ],
///   "lineage": [ { "organization": "HB.H1.X1", "kind": "mergedInto", "date": "2025-07-01", "other": "HB.X1" },
///                { "organization": "HB.P1", "kind": "renamed", "date": "2025-09-15", "newName": "…" } ],
///   "members": [ { "id": "M0001", "name": "Nguyễn Văn An", "organization": "HB.X1.CB1", "status": "full",
///                  "admittedOn": "2010-05-19", "cadreCommittee": "HB", "local": true } ],
///   "posts": [ { "member": "M0001", "organization": "HB.X1", "kind": "commissionChair", "fullTime": true } ]
/// }
/// </code>
/// The arrays are read record by record (memory stays proportional to one record); <c>organizations</c> must come
/// before <c>lineage</c>, <c>members</c> and <c>posts</c>, as <see cref="Write(PartyDataset, System.IO.Stream)"/> writes them.
/// Codes are the camel-case names of <see cref="KiemTra.Sdk.Organization.OrganizationKind"/>,
/// <see cref="KiemTra.Sdk.Organization.AdvisoryAgencyKind"/>, <see cref="KiemTra.Sdk.Organization.LineageEventKind"/>, <see cref="KiemTra.Sdk.Organization.MemberStatus"/> and <see cref="KiemTra.Sdk.Organization.PostKind"/>; an organisation's <c>flags</c> are
/// <c>delegatedPowers</c> (<see cref="KiemTra.Sdk.Organization.PartyOrganization.HasDelegatedPowers"/>), <c>standingCommittee</c> and
/// <c>inspectionCommission</c> (<see cref="KiemTra.Sdk.Organization.PartyOrganization.HasBody"/>) and <c>cellCommittee</c>
/// (<see cref="KiemTra.Sdk.Organization.PartyOrganization.HasCellCommittee"/>): the camel-case names of
/// <see cref="KiemTra.Sdk.Organization.PartyOrganization.Features"/>, written in its order.
/// </remarks>
public static partial class PartyDatasetJson;
