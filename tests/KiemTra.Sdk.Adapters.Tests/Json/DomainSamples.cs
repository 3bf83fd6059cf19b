using System.Collections.Immutable;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.EarlyWarning;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.SampleProvince;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Supervision;
using NodaTime;

namespace KiemTra.Sdk.Adapters.Tests.Json;

/// <summary>
/// Real instances of every domain type the JSON package converts, produced by the SDK itself (a synthetic province, a
/// synthetic year of activity, an indicator evaluation, the policies' assessments), so round trips cover the shapes
/// the SDK actually emits: plans, teams, histories, conclusions, receipts, intakes, deadlines with skipped holidays.
/// </summary>
internal static class DomainSamples
{
    private static readonly LocalDate Today = new(2026, 11, 22);

    private static readonly Lazy<Dictionary<Type, List<object>>> All = new(Build);

    private static readonly DateTimeZone HoChiMinh = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    private static DeadlineMonitor Monitor() => DeadlineMonitor.Create(
        new NodaTime.Testing.FakeClock(Today.At(new LocalTime(9, 0)).InZoneStrictly(HoChiMinh).ToInstant()), HoChiMinh, Calendar.WorkingCalendar.Default, RuleDuration.Of(5, RuleDurationUnit.WorkingDays));

    public static IReadOnlyList<object> Of(Type type) => All.Value.TryGetValue(type, out var list) ? list : [];

    private static Dictionary<Type, List<object>> Build()
    {
        var samples = new Dictionary<Type, List<object>>();
        void Add<T>(IEnumerable<T> values)
            where T : notnull
        {
            if (!samples.TryGetValue(typeof(T), out var list))
            {
                samples[typeof(T)] = list = [];
            }

            // A few of each are enough for the shapes; more only slow the suite.
            list.AddRange(values.Take(25).Cast<object>());
        }

        void One<T>(T value)
            where T : notnull
            => Add([value]);

        var province = SyntheticProvince.Generate(SyntheticProvinceOptions.Create(
            "SP", "Tỉnh mẫu nhỏ", new LocalDate(2025, 10, 1), 7UL, communes: 6, wards: 2, grassrootsCommittees: 8, grassrootsCells: 10, subCommittees: 2, cells: 60, members: 2000, examples: true));
        var organizations = IndicatorDataSet.Create(province, province.SnapshotDate, WorkRegister.Empty);
        var work = SampleWork.Generate(province, organizations, RuleBook.BuiltIn, DeadlineCalculator.Default, OversightCatalogs.BuiltIn, 4UL);
        var register = work.Register;

        // Hierarchy.
        Add(province.Organizations);
        Add(province.Organizations.SelectMany(o => province.MembersOf(o.Id)).Where(m => !m.Posts.IsEmpty).Concat(province.Organizations.SelectMany(o => province.MembersOf(o.Id))));
        Add(province.Organizations.SelectMany(o => province.BodiesOf(o.Id)).OrderByDescending(b => b.Posts.Length));
        var someMember = province.Organizations.SelectMany(o => province.MembersOf(o.Id)).First();
        Add(province.Organizations.Take(3).Select(o => province.CountSubtree(o.Id, province.SnapshotDate)));

        // Cases, denunciations, discipline, complaints, follow-up.
        Add(register.Denunciations);
        Add(register.Denunciations.SelectMany(d => d.Allegations));
        Add(register.Denunciations.SelectMany(d => d.Receipts));
        Add(register.Denunciations.Where(d => d.Intake is not null).Select(d => d.Intake!));
        One(new InformantAccess { DenunciationId = DenunciationId.From("TC-2026-001"), AccessedBy = "UBKT tỉnh, đồng chí Trần Thị Hà", Purpose = "xác minh nội dung tố cáo" });
        Add(register.Decisions);
        Add(register.Decisions.Select(d => d.Subject));
        Add(register.Decisions.Select(d => d.Circumstances));
        Add(register.Decisions.SelectMany(d => d.ResponsibleMembers));
        One(IndividualResponsibility.Create(someMember.Id, ParticipationRole.Initiator, "Người đứng đầu chịu trách nhiệm chính"));
        Add(register.Complaints);
        Add(register.Complaints.Select(c => DisciplineRules.FromRules(RuleBook.BuiltIn, c.Decision.DecidedOn).AssessComplaint(c, DeadlineCalculator.Default)));
        Add(register.ComplaintResolutions);
        var resolvers = register.Complaints.Select(c => (Complaint: c, Resolver: new ActingBody(province.GetOrganization(c.Decision.DecidedBy).Parent ?? c.Decision.DecidedBy, BodyKind.InspectionCommission))).ToList();
        Add(resolvers.Select(r => DisciplineRules.FromRules(RuleBook.BuiltIn, r.Complaint.Decision.DecidedOn).CheckComplaintResolver(province, r.Resolver, r.Complaint.Decision.DecidedBy, province.SnapshotDate, 1)));
        Add(resolvers.Select(r => r.Resolver));
        Add(register.Cases);
        Add(register.Cases.SelectMany(c => c.Subjects));
        Add(register.Cases.Where(c => c.Plan is not null).Select(c => c.Plan!));
        Add(register.Cases.Where(c => c.Team is not null).Select(c => c.Team!));
        Add(register.Cases.Where(c => c.Conclusion is not null).Select(c => c.Conclusion!));
        Add(register.Cases.SelectMany(c => c.History));
        Add(register.Cases.Where(c => c.Origin is not null).Select(c => c.Origin!));
        Add(register.Cases.SelectMany(c => c.Reviews));
        // A case taken up by the higher commission (origin link) and a concluded case reviewed by it (R-I4).
        var open = register.Cases.First(c => c.AllowedSteps.Contains(CaseStep.TakeUp));
        var (lower, higher) = open.TakeUp(CaseId.From("KT-CAPTREN-01"), open.ConductedBy, TakeUpReason.LowerLevelDidNotAct, "Cấp dưới không xem xét, xử lý", open.LastStepOn, OversightCatalogs.BuiltIn, new AuthorityRules(province, RuleBook.BuiltIn));
        Add([lower, higher]);
        Add([higher.Origin!]);
        if (register.Cases.FirstOrDefault(c => c.AllowedSteps.Contains(CaseStep.RecordHigherReview)) is { } concluded)
        {
            var review = new HigherReview(concluded.ConductedBy, concluded.LastStepOn.PlusDays(20), HigherReviewOutcome.ReconsiderationRequested, "Đề nghị xem xét lại mức độ vi phạm");
            Add([concluded.RecordHigherReview(review)]);
            Add([review]);
        }

        Add(register.Programs);
        Add(register.Programs.SelectMany(p => p.Items));
        Add(register.Recommendations);
        One(FollowUpReport.Of(register.Recommendations, Monitor()));
        Add(work.PersonnelActions);
        Add(OversightCatalogs.BuiltIn.All);
        Add(OversightCatalogs.BuiltIn.All.SelectMany(c => c.Items));

        // The policies' assessments.
        var decision = register.Decisions.First(d => d.Subject.IsMember);
        var asOf = decision.DecidedOn;
        var disciplineRules = DisciplineRules.FromRules(RuleBook.BuiltIn, asOf);
        One(disciplineRules.CheckForm(decision.Subject, DisciplineForm.Expulsion));
        One(disciplineRules.AssessDeferral([DeferralGround.Pregnancy]));
        One(disciplineRules.AssessLimitation(DisciplineForm.Warning, asOf.PlusYears(-3), asOf, [], []));
        var complaintAgainst = DisciplineComplaint.Create(ComplaintId.From("KN-MAU-1"), decision, decision.AnnouncedOn, decision.AnnouncedOn.PlusDays(10), filedBySubject: true, signed: true);
        One(disciplineRules.EffectOn(decision, Today, [complaintAgainst], [decision.AnnouncedOn.PlusDays(40)]));
        var ballot = DisciplineBallot.Create(9, new Dictionary<DisciplineForm, int> { [DisciplineForm.Reprimand] = 3, [DisciplineForm.Warning] = 3 }, 1);
        One(ballot);
        var outcome = disciplineRules.Tally(decision.Subject, ballot);
        One(outcome);
        Add(disciplineRules.ObligationsFor(SynchronizedEventKind.StateNoticeReceived, someMember.Id, new LocalDate(2026, 2, 13), DeadlineCalculator.Default));
        var commission = province.Organizations.First(o => o.Parent is null).Id;
        var actor = new ActingBody(commission, BodyKind.InspectionCommission);
        One(actor);
        One(OversightSubject.Of(someMember.Id));
        One(OversightSubject.Of(someMember.Organization));
        One(new AuthorityRules(province, RuleBook.BuiltIn).Decide(actor, ActivityKind.InspectionOnSignsOfViolation, OversightSubject.Of(someMember.Id), Today));
        One(new AuthorityRules(province, RuleBook.BuiltIn).Decide(actor, ActivityKind.Discipline, OversightSubject.Of(commission), Today, DisciplineForm.Warning));
        var statistics = DisciplineStatistics.Compute(register.Decisions, new LocalDate(2026, 1, 1), Today, DisciplineRules.FromRules(RuleBook.BuiltIn, Today));
        One(statistics);
        One(ComplaintStatistics.Compute(register.ComplaintResolutions));
        One(DenunciationStatistics.Compute(register.Denunciations));
        var evidence = AssessmentEvidence.Gather(commission, 2026, register.Programs.ToList(), register.Cases, register.Recommendations, Monitor(), province);
        One(evidence);
        One(YearlyAssessment.Create(evidence, CommissionClassification.WellCompleted, new ActingBody(commission, BodyKind.StandingCommittee), Today, "Hoàn thành tốt nhiệm vụ năm 2026."));

        // Locality assignments (R-S5).
        var locality = province.ChildrenOf(commission)[0].Id;
        One(RecordedAssignment.Create(RecordId<RecordedAssignment>.From("PC-01"), someMember.Id, locality, new ActingBody(commission, BodyKind.StandingCommittee), new LocalDate(2026, 1, 5)));
        One(RecordedAssignment.Create(RecordId<RecordedAssignment>.From("PC-02"), someMember.Id, locality, new ActingBody(commission, BodyKind.StandingCommittee), new LocalDate(2025, 1, 5), new LocalDate(2025, 12, 31), BodyId.From("B-01"), "land"));
        One(new LocalityMeeting(locality, new LocalDate(2026, 3, 10), [someMember.Id]));

        // Indicators and their evaluation.
        var data = work.ToDataSet();
        One(data);
        // Facts of the register of the work that have their JSON shape (the register's own form is pending).
        One(new IssuedDocument(RecordId<IssuedDocument>.From("QD-PC-1"), commission, null, GovernanceDocumentKind.LocalityAssignment, new LocalDate(2026, 1, 5)));
        One(new DirectiveDissemination(RecordId<DirectiveDissemination>.From("VB-1"), commission, new LocalDate(2026, 2, 1), new LocalDate(2026, 2, 20)));
        One(new DirectiveDissemination(RecordId<DirectiveDissemination>.From("VB-2"), commission, new LocalDate(2026, 3, 1), null));
        One(new InspectionStaffYear(RecordId<InspectionStaffYear>.From("S-1"), commission, 2026, true, null) { TrainingFields = ["land"], Rotated = true, NewlyElected = true });
        One(new InspectionStaffYear(RecordId<InspectionStaffYear>.From("S-2"), commission, 2026, false, true));
        One(new DigitalProcessingFigures { Organization = commission, Year = 2026, ProceduresTotal = 100, ProceduresDigital = 96, DocumentsTotal = 50, DocumentsDigitized = 49, DataBasedSupervision = true });
        One(new Meeting(RecordId<Meeting>.From("HN-1"), commission, null, MeetingKind.Professional, new LocalDate(2026, 4, 2), 1m));
        One(new AssignedTask { Id = RecordId<AssignedTask>.From("NV-1"), Organization = commission, AssignedOn = new LocalDate(2026, 1, 10), Content = "Nội dung", LeadAgency = "Ban Tổ chức", CoordinatingAgencies = ["Văn phòng"], CompletionDate = new LocalDate(2026, 6, 30), Product = "Báo cáo", Resources = "Ngân sách", ResponsiblePerson = "Trưởng ban", HandlingAuthority = "Ban Thường vụ", ResponsibleCollective = "Tập thể lãnh đạo Ban Tổ chức" });
        // Typed discipline outcomes of cases (decided with a decision, proposed) and a member subject on a committee.
        One(CaseDiscipline.Restore(true, DisciplineSubject.OfFullMember(MemberId.From("M-1"), holdsPost: true, isCommitteeMember: true), DisciplineForm.Warning, "21-QĐ/UBKT", new LocalDate(2026, 3, 1), DecisionId.From("QD-21")));
        One(CaseDiscipline.Of(false, DisciplineSubject.OfOrganization(locality), DisciplineForm.Reprimand, "22-TTr/UBKT", new LocalDate(2026, 3, 2)));
        One(OversightSubject.Of(MemberId.From("M-2"), isCommitteeMember: true));
        // The built-in data has no rating gate; a host may opt into one, as this example catalogue does.
        var catalog = IndicatorCatalog.BuiltIn.With(GatedExample());
        Add(catalog.Indicators);
        Add(catalog.Indicators.Select(i => i.Target));
        Add(catalog.Indicators.Select(i => i.AppliesTo));
        Add(catalog.Indicators.SelectMany(i => i.Gates));
        var period = ReportingPeriod.Year(2026);
        Add([period, ReportingPeriod.Quarter(2026, 3), ReportingPeriod.Term(2025, 2030), ReportingPeriod.Custom(new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 30))]);
        var evaluator = IndicatorMeasureSet.BuiltIn;
        var evaluation = evaluator.EvaluateAll(catalog, data, commission, period);
        One(evaluation);
        Add(evaluation.Results.OrderByDescending(r => r.Misses.Length + r.MissingData.Length));
        Add(evaluation.Results.SelectMany(r => r.Misses.Concat(r.MissingData)));
        Add(evaluation.Results.SelectMany(r => r.Misses.Concat(r.MissingData)).SelectMany(u => u.Facts));
        Add(evaluation.Ratings);
        var breakdown = evaluator.Breakdown(IndicatorCatalog.BuiltIn.Indicators[0], data, commission, period);
        Add(breakdown);
        // The register of the work and its facts (R-S2, R-S6–R-S8, R-D8, R-F1–F3, R-H8, R-T7), recorded through the public API.
        var rich = RichRegister.Build();
        One(rich);
        One(IndicatorDataSet.Create(RichRegister.Hierarchy(), RichRegister.AsOf, rich));
        Add(rich.Cases);
        Add(rich.Cases.SelectMany(c => c.DisciplineOutcomes));
        Add(rich.Programs);
        Add(rich.Assignments);
        Add(rich.AssigneeReports);
        Add(rich.LocalityFiles);
        Add(rich.InformationReceived);
        Add(rich.VettingOpinions);
        Add(rich.DenunciationEscalations);
        Add(rich.CaseFindings);
        Add(rich.InspectionStaff);
        Add(rich.ImplementationPlans);
        Add(rich.ImplementationReports);
        Add(rich.AnnualReturns);

        return samples;
    }

    /// <summary>
    /// A host's own indicator with a rating gate it opted into (an example, not a rule: no seed or party text states such a
    /// gate), and an unmeasured part, so every indicator type has a sample.
    /// </summary>
    private static IndicatorCatalog GatedExample()
    {
        const string json = """
            { "catalogue": "vi-du", "title": { "vi": "Ví dụ của tổ chức", "en": "A host's example" }, "indicators": [ {
              "code": "VI-DU-01",
              "text": { "vi": "Hoàn thành 100% các cuộc kiểm tra, giám sát theo kế hoạch", "en": "Complete every planned inspection and supervision" },
              "target": { "value": 1.0, "comparator": ">=", "unit": "percent" },
              "measure": "plan-items-completed",
              "numerator": { "vi": "Số cuộc đã hoàn thành", "en": "Completed" },
              "denominator": { "vi": "Số cuộc đến hạn", "en": "Due" },
              "periodKind": "year", "validFrom": 2025, "validTo": 2030,
              "appliesTo": { "organizationKinds": [] },
              "source": { "ruleSet": "VI-DU", "instrument": "Ví dụ của tổ chức (không phải quy định)", "article": "1" },
              "notMeasured": { "vi": "vế giải quyết đơn thư", "en": "the complaints clause" },
              "verified": false,
              "gates": [ { "rating": "VI-DU-XEP-LOAI", "text": { "vi": "Ví dụ: xếp loại do tổ chức tự đặt", "en": "Example: a rating the host defines" } } ] } ] }
            """;
        return KiemTra.Sdk.Serialization.SystemTextJson.IndicatorCatalogJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "vi-du.json");
    }
}
