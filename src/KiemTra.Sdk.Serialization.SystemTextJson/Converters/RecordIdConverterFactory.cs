using System.Text.Json;
using System.Text.Json.Serialization;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters;

/// <summary>
/// Every <see cref="RecordId{TRecord}"/> as a JSON string, read through its validating factory (a property name too, so a
/// dictionary keyed by case id is an object). The record types are listed, not discovered, so that the converter needs no
/// reflection and works in trimmed and native-AOT hosts.
/// </summary>
internal sealed class RecordIdConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert)
        => typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(RecordId<>);

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var record = typeToConvert.GetGenericArguments()[0];
        return record == typeof(OversightCase) ? new RecordIdConverter<OversightCase>()
            : record == typeof(DisciplineDecision) ? new RecordIdConverter<DisciplineDecision>()
            : record == typeof(Recommendation) ? new RecordIdConverter<Recommendation>()
            : record == typeof(Denunciation) ? new RecordIdConverter<Denunciation>()
            : record == typeof(Allegation) ? new RecordIdConverter<Allegation>()
            : record == typeof(DisciplineComplaint) ? new RecordIdConverter<DisciplineComplaint>()
            : record == typeof(OversightProgram) ? new RecordIdConverter<OversightProgram>()
            : record == typeof(ProgramItem) ? new RecordIdConverter<ProgramItem>()
            : record == typeof(RuleSet) ? new RecordIdConverter<RuleSet>()
            : record == typeof(RecordedAssignment) ? new RecordIdConverter<RecordedAssignment>()
            : record == typeof(AssigneeReport) ? new RecordIdConverter<AssigneeReport>()
            : record == typeof(LocalityFile) ? new RecordIdConverter<LocalityFile>()
            : record == typeof(InformationReceived) ? new RecordIdConverter<InformationReceived>()
            : record == typeof(VettingOpinion) ? new RecordIdConverter<VettingOpinion>()
            : record == typeof(CaseFinding) ? new RecordIdConverter<CaseFinding>()
            : record == typeof(DirectiveDissemination) ? new RecordIdConverter<DirectiveDissemination>()
            : record == typeof(InspectionStaffYear) ? new RecordIdConverter<InspectionStaffYear>()
            : record == typeof(ImplementationPlan) ? new RecordIdConverter<ImplementationPlan>()
            : record == typeof(ImplementationReport) ? new RecordIdConverter<ImplementationReport>()
            : record == typeof(IssuedDocument) ? new RecordIdConverter<IssuedDocument>()
            : record == typeof(Meeting) ? new RecordIdConverter<Meeting>()
            : record == typeof(AssignedTask) ? new RecordIdConverter<AssignedTask>()
            : record == typeof(Organization.Body) ? new RecordIdConverter<Organization.Body>()
            : throw new NotSupportedException($"The SDK has no record of type {record.Name} with a typed id.");
    }
}

/// <summary>One <see cref="RecordId{TRecord}"/> as a JSON string.</summary>
internal sealed class RecordIdConverter<TRecord>() : IdentifierConverter<RecordId<TRecord>>(RecordId<TRecord>.From, id => id.Value, "an id")
    where TRecord : class;
