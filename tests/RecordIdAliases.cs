// Short names for the typed record ids, as a host would declare them (C# 12 aliases of closed generic types); compiled
// into every test project by tests/Directory.Build.props.
global using AllegationId = KiemTra.Sdk.RecordId<KiemTra.Sdk.Denunciations.Allegation>;
global using BodyId = KiemTra.Sdk.RecordId<KiemTra.Sdk.Organization.Body>;
global using CaseId = KiemTra.Sdk.RecordId<KiemTra.Sdk.Inspection.OversightCase>;
global using ComplaintId = KiemTra.Sdk.RecordId<KiemTra.Sdk.Discipline.Complaints.DisciplineComplaint>;
global using DecisionId = KiemTra.Sdk.RecordId<KiemTra.Sdk.Discipline.DisciplineDecision>;
global using DenunciationId = KiemTra.Sdk.RecordId<KiemTra.Sdk.Denunciations.Denunciation>;
global using ProgramId = KiemTra.Sdk.RecordId<KiemTra.Sdk.Inspection.OversightProgram>;
global using ProgramItemId = KiemTra.Sdk.RecordId<KiemTra.Sdk.Inspection.ProgramItem>;
global using RecommendationId = KiemTra.Sdk.RecordId<KiemTra.Sdk.FollowUp.Recommendation>;
global using RuleSetId = KiemTra.Sdk.RecordId<KiemTra.Sdk.Rules.RuleSet>;
