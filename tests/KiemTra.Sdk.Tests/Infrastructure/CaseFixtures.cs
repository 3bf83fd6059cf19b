using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Tests.Infrastructure;

/// <summary>
/// Cases as fixtures for tests of code that consumes cases (early warning, assessments, restore): restored as opened,
/// without a dataset to decide authority. Tests of opening itself use <see cref="OversightCase.Open"/> with a
/// the <see cref="KiemTra.Sdk.Authority.AuthorityRules"/>.
/// </summary>
internal static class CaseFixtures
{
    public static OversightCase Opened(string id, ActivityKind activity, string typeCode, OrganizationId conductedBy, BodyKind body, IEnumerable<OversightSubject> subjects, LocalDate on, OversightCatalogs catalogs)
    {
        var list = subjects.ToArray();
        var opened = new CaseEvent(CaseStep.Open, on, CaseState.Opened, $"Mở hồ sơ (dữ liệu kiểm thử) {string.Join(", ", list.Select(s => s.Id))}");
        return OversightCase.Restore(CaseId.From(id), activity, typeCode, conductedBy, body, list, null, null, null, null, [], [], [opened], catalogs);
    }
}
