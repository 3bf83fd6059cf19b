using System.Collections.Immutable;
using System.Globalization;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Register;

/// <summary>
/// Projects a <see cref="WorkRegister"/> onto the columns indicator measures read (<see cref="ActivityRecords"/>), once per
/// register snapshot and organisation tree. Nothing here decides a rule: plan completion and coverage come from
/// <see cref="CaseOutcomes"/>, "reported" from the register's returns and programmes.
/// </summary>
internal static class RegisterProjection
{
    internal static ActivityRecords Project(WorkRegister register, EvaluationTree tree, LocalDate asOf)
    {
        var planItems = ImmutableArray.CreateBuilder<PlanItemRecord>();
        var documents = ImmutableArray.CreateBuilder<IssuedDocument>();
        var reported = new List<ReportedDataRecord>();
        var carried = new HashSet<(RecordId<OversightCase> CaseId, OrganizationId Subject)>();

        foreach (var p in register.Programs)
        {
            var issuedOn = p.IssuedOn!.Value;
            var bodyId = p.BodyId?.Value ?? BodyOf(tree, p.Owner, $"programme '{p.Id}' owner");
            documents.Add(new IssuedDocument(RecordId<IssuedDocument>.FromValidated(p.Id.Value), p.Owner.Organization, bodyId is null ? null : RecordId<Organization.Body>.FromValidated(bodyId), GovernanceDocumentKind.InspectionSupervisionProgram, issuedOn));
            if (p.Scope != Reporting.ReportingPeriodKind.Year)
            {
                // A term programme is carried out through the yearly ones: its items are not counted again.
                continue;
            }

            if (issuedOn <= asOf)
            {
                // A yearly programme issued is its owner's return of planned items for the years it covers.
                for (var y = p.From.Year; y <= p.To.Year; y++)
                {
                    reported.Add(new ReportedDataRecord(p.Owner.Organization, RecordKind.PlanItems, y));
                }
            }

            foreach (var item in p.Items)
            {
                var caseId = register.CarrierOf(p.Id, item.Id);
                LocalDate? done = null;
                if (caseId is { } carrier)
                {
                    carried.Add((carrier, item.Subject));
                    done = register.CarriedOutOn(carrier);
                }

                planItems.Add(new PlanItemRecord($"{p.Id}.{item.Id}", p.Owner.Organization, bodyId, item.Activity, item.Subject, item.End, done));
            }
        }

        // Cases carried out outside a yearly programme, and the other organisation subjects of carried ones, still cover
        // their subjects: unplanned rows, never counted as plan items.
        foreach (var c in register.Cases)
        {
            if (CaseOutcomes.CoveredOn(c) is not { } on)
            {
                continue;
            }

            string? bodyId = null;
            var k = 0;
            foreach (var s in c.Subjects)
            {
                if (s.Organization is not { } target || carried.Contains((c.Id, target)))
                {
                    continue;
                }

                bodyId ??= BodyOf(tree, new ActingBody(c.ConductedBy, c.Body), $"case '{c.Id}'");
                planItems.Add(new PlanItemRecord($"{c.Id}.s{(k++).ToString(CultureInfo.InvariantCulture)}", c.ConductedBy, bodyId, c.Activity, target, on, on, Planned: false));
            }
        }

        documents.AddRange(register.Documents);
        foreach (var r in register.AnnualReturns)
        {
            if (r.SubmittedOn > asOf)
            {
                continue;
            }

            foreach (var kind in Enum.GetValues<RecordKind>())
            {
                if (r.Covers(kind) && kind != RecordKind.DigitalTransformation)
                {
                    reported.Add(new ReportedDataRecord(r.Organization, kind, r.Year));
                }
            }
        }

        var assignments = register.Assignments
            .Select(a => new LocalityAssignmentRecord(a.Id.Value, a.AssignedBy.Organization, a.BodyId?.Value ?? BodyOf(tree, a.AssignedBy, $"assignment '{a.Id}'"), a.Locality, a.From, a.To))
            .ToImmutableArray();

        return new ActivityRecords
        {
            PlanItems = planItems.ToImmutable(),
            GovernanceDocuments = documents.ToImmutable(),
            Directives = [.. register.Directives],
            InspectionStaff = [.. register.InspectionStaff],
            ConclusionFollowUps = [.. register.Recommendations.Select(r => new ConclusionFollowUpRecord(r.Id.Value, r.Addressee, r.Deadline.Due, r.CompletedOn))],
            LocalityAssignments = assignments,
            MeetingAttendance = Attendance(register),
            DigitalTransformation = [.. register.DigitalFigures],
            Meetings = [.. register.Meetings],
            Tasks = [.. register.Tasks],
            Reported = [.. reported.Distinct()],
        };
    }

    /// <summary>Attendance under each assignment: an assignee at a meeting of the locality they follow, on a day the assignment runs.</summary>
    private static ImmutableArray<MeetingAttendanceRecord> Attendance(WorkRegister register)
    {
        var byPair = register.Assignments.GroupBy(a => (a.Assignee, a.Locality)).ToDictionary(g => g.Key, g => g.ToArray());
        var result = ImmutableArray.CreateBuilder<MeetingAttendanceRecord>();
        foreach (var m in register.LocalityMeetings)
        {
            foreach (var member in m.Attendees.Distinct())
            {
                if (!byPair.TryGetValue((member, m.Locality), out var list))
                {
                    continue;
                }

                foreach (var a in list.Where(a => a.IsActiveOn(m.On)))
                {
                    result.Add(new MeetingAttendanceRecord(a.Id.Value, m.On));
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The id of the organisation's first body of the acting body's kind, or null (the organisation as a whole) when it has none.</summary>
    private static string? BodyOf(EvaluationTree tree, ActingBody acting, string what)
    {
        var o = tree.IndexOf(acting.Organization);
        if (o < 0)
        {
            throw new ArgumentException($"The {what} names the organisation '{acting.Organization}', which is not in the tree.", "register");
        }

        var (start, end) = tree.BodiesOf(o);
        for (var b = start; b < end; b++)
        {
            if (tree.Body(b).Kind == acting.Body)
            {
                return tree.Body(b).Id;
            }
        }

        return null;
    }
}
