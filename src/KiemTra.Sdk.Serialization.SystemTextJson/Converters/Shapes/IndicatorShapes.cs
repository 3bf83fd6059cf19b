using KiemTra.Sdk.Register;
using System.Text.Json.Serialization;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;
using NodaTime;
using C = KiemTra.Sdk.Serialization.SystemTextJson.Converters.Shapes.Codecs;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters.Shapes;

/// <summary>
/// JSON shapes of the register's facts that indicators count (<i>dữ kiện tính chỉ tiêu</i>): issued documents, directives,
/// inspection staff, digital-processing figures, meetings and assigned tasks, as the register document writes them.
/// </summary>
internal static class IndicatorShapes
{
    public static readonly Shape<IssuedDocument> GovernanceDocument = new Shape<IssuedDocument>(nameof(IssuedDocument), r =>
            new IssuedDocument(r.Get<RecordId<IssuedDocument>>("id"), r.Get<OrganizationId>("organization"), r.Get<RecordId<Organization.Body>?>("bodyId"), r.Get<GovernanceDocumentKind>("kind"), r.Get<LocalDate>("issuedOn")))
        .Field("id", C.Id<IssuedDocument>(), x => x.Id)
        .Field("organization", C.OrganizationId, x => x.Organization)
        .Field("bodyId", C.NullableId<Organization.Body>(), x => x.BodyId)
        .Field("kind", C.Enum<GovernanceDocumentKind>(), x => x.Kind)
        .Field("issuedOn", C.Date, x => x.IssuedOn);

    public static readonly Shape<DirectiveDissemination> Directive = new Shape<DirectiveDissemination>(nameof(DirectiveDissemination), r =>
            new DirectiveDissemination(r.Get<RecordId<DirectiveDissemination>>("id"), r.Get<OrganizationId>("organization"), r.Get<LocalDate>("receivedOn"), r.Get<LocalDate?>("disseminatedOn")))
        .Field("id", C.Id<DirectiveDissemination>(), x => x.Id)
        .Field("organization", C.OrganizationId, x => x.Organization)
        .Field("receivedOn", C.Date, x => x.ReceivedOn)
        .Field("disseminatedOn", C.NullableDate, x => x.DisseminatedOn);

    public static readonly Shape<InspectionStaffYear> InspectionStaff = new Shape<InspectionStaffYear>(nameof(InspectionStaffYear), r =>
            new InspectionStaffYear(r.Get<RecordId<InspectionStaffYear>>("id"), r.Get<OrganizationId>("organization"), r.Get<int>("year"), r.Get<bool>("trained"), r.Get<bool?>("meetsStandards"))
            {
                // Absent in documents written before training fields and rotation were recorded.
                TrainingFields = r.Get<IReadOnlyList<string>?>("trainingFields") ?? [],
                Rotated = r.Get<bool?>("rotated") ?? false,
                NewlyElected = r.Get<bool?>("newlyElected") ?? false,
            })
        .Field("id", C.Id<InspectionStaffYear>(), x => x.Id)
        .Field("organization", C.OrganizationId, x => x.Organization)
        .Field("year", C.Int32, x => x.Year)
        .Field("trained", C.Boolean, x => x.Trained)
        .Field("meetsStandards", C.NullableBoolean, x => x.MeetsStandards)
        .Field("trainingFields", C.OrNull(C.List(C.String)), x => x.TrainingFields)
        .Field("rotated", C.NullableBoolean, x => x.Rotated)
        .Field("newlyElected", C.NullableBoolean, x => x.NewlyElected);

    public static readonly Shape<DigitalProcessingFigures> DigitalTransformation = new Shape<DigitalProcessingFigures>(nameof(DigitalProcessingFigures), r =>
            new DigitalProcessingFigures { Organization = r.Get<OrganizationId>("organization"), Year = r.Get<int>("year"), ProceduresTotal = N(r, "proceduresTotal"), ProceduresDigital = N(r, "proceduresDigital"), DocumentsTotal = N(r, "documentsTotal"), DocumentsDigitized = N(r, "documentsDigitised"), DataBasedSupervision = r.Get<bool?>("dataBasedSupervision") })
        .Field("organization", C.OrganizationId, x => x.Organization)
        .Field("year", C.Int32, x => x.Year)
        .Field("proceduresTotal", C.Int32, x => x.ProceduresTotal)
        .Field("proceduresDigital", C.Int32, x => x.ProceduresDigital)
        .Field("documentsTotal", C.Int32, x => x.DocumentsTotal)
        .Field("documentsDigitised", C.Int32, x => x.DocumentsDigitized)
        .Field("dataBasedSupervision", C.NullableBoolean, x => x.DataBasedSupervision);

    public static readonly Shape<Meeting> Meeting = new Shape<Meeting>(nameof(Meeting), r =>
            new Meeting(r.Get<RecordId<Meeting>>("id"), r.Get<OrganizationId>("organization"), r.Get<RecordId<Organization.Body>?>("bodyId"), r.Get<MeetingKind>("kind"), r.Get<LocalDate>("date"), r.Get<decimal>("lengthInDays")))
        .Field("id", C.Id<Meeting>(), x => x.Id)
        .Field("organization", C.OrganizationId, x => x.Organization)
        .Field("bodyId", C.NullableId<Organization.Body>(), x => x.BodyId)
        .Field("kind", C.Enum<MeetingKind>(), x => x.Kind)
        .Field("date", C.Date, x => x.Date)
        .Field("lengthInDays", C.Decimal, x => x.LengthInDays);

    public static readonly Shape<AssignedTask> Task = new Shape<AssignedTask>(nameof(AssignedTask), r =>
            new AssignedTask { Id = r.Get<RecordId<AssignedTask>>("id"), Organization = r.Get<OrganizationId>("organization"), AssignedOn = r.Get<LocalDate>("assignedOn"), Content = r.Get<string?>("content"), LeadAgency = r.Get<string?>("leadAgency"), CoordinatingAgencies = r.Get<IReadOnlyList<string>>("coordinatingAgencies"), CompletionDate = r.Get<LocalDate?>("completionDate"), Product = r.Get<string?>("product"), Resources = r.Get<string?>("resources"), ResponsiblePerson = r.Get<string?>("responsiblePerson"), HandlingAuthority = r.Get<string?>("handlingAuthority"), ResponsibleCollective = r.Get<string?>("responsibleCollective") })
        .Field("id", C.Id<AssignedTask>(), x => x.Id)
        .Field("organization", C.OrganizationId, x => x.Organization)
        .Field("assignedOn", C.Date, x => x.AssignedOn)

        // A task specification may be incomplete (R-T checks report the missing elements): text fields may be empty.
        .Field("content", C.NullableAnyString, x => x.Content)
        .Field("leadAgency", C.NullableAnyString, x => x.LeadAgency)
        .Field("coordinatingAgencies", C.List(C.AnyString), x => x.CoordinatingAgencies)
        .Field("completionDate", C.NullableDate, x => x.CompletionDate)
        .Field("product", C.NullableAnyString, x => x.Product)
        .Field("resources", C.NullableAnyString, x => x.Resources)
        .Field("responsiblePerson", C.NullableAnyString, x => x.ResponsiblePerson)
        .Field("handlingAuthority", C.NullableAnyString, x => x.HandlingAuthority)
        .Field("responsibleCollective", C.NullableAnyString, x => x.ResponsibleCollective);

    public static IEnumerable<JsonConverter> Converters()
    {
        yield return ShapeConverter.Of(GovernanceDocument);
        yield return ShapeConverter.Of(Directive);
        yield return ShapeConverter.Of(InspectionStaff);
        yield return ShapeConverter.Of(DigitalTransformation);
        yield return ShapeConverter.Of(Meeting);
        yield return ShapeConverter.Of(Task);
    }

    private static int N<T>(Shape<T>.ShapeReader r, string name)
        where T : notnull
        => Counts.NonNegative(r.Get<int>(name), name);
}
