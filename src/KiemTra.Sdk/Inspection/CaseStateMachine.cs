using KiemTra.Sdk.Authority;

namespace KiemTra.Sdk.Inspection;

/// <summary>
/// The procedure as an explicit state machine (<i>quy trình</i>): which step leads from which state to which.
/// Supervision may go from the self-report straight to the draft report (verification is what distinguishes
/// "supervision with verification"); inspection must verify.
/// </summary>
internal static class CaseStateMachine
{
    private static readonly Dictionary<(CaseState, CaseStep), CaseState> Transitions = new()
    {
        [(CaseState.Opened, CaseStep.IssueDecision)] = CaseState.Decided,
        [(CaseState.Decided, CaseStep.ApprovePlan)] = CaseState.Planned,
        [(CaseState.Planned, CaseStep.FormTeam)] = CaseState.TeamFormed,
        [(CaseState.TeamFormed, CaseStep.Announce)] = CaseState.Announced,
        [(CaseState.Announced, CaseStep.ReceiveSelfReport)] = CaseState.SelfReported,
        [(CaseState.SelfReported, CaseStep.Verify)] = CaseState.Verified,
        [(CaseState.Verified, CaseStep.DraftReport)] = CaseState.ReportDrafted,
        [(CaseState.ReportDrafted, CaseStep.HoldConclusionMeeting)] = CaseState.Concluded,
        [(CaseState.Concluded, CaseStep.IssueNotice)] = CaseState.NoticeIssued,
        [(CaseState.NoticeIssued, CaseStep.RecordDiscipline)] = CaseState.DisciplineRecorded,
        [(CaseState.NoticeIssued, CaseStep.AssignFollowUp)] = CaseState.FollowingUp,
        [(CaseState.DisciplineRecorded, CaseStep.AssignFollowUp)] = CaseState.FollowingUp,
        [(CaseState.NoticeIssued, CaseStep.Close)] = CaseState.Closed,
        [(CaseState.FollowingUp, CaseStep.Close)] = CaseState.Closed,
    };

    private static readonly CaseState[] HandOverStates = [CaseState.Announced, CaseState.SelfReported, CaseState.Verified, CaseState.ReportDrafted, CaseState.Concluded, CaseState.NoticeIssued];
    private static readonly CaseState[] ReviewStates = [CaseState.Concluded, CaseState.NoticeIssued, CaseState.DisciplineRecorded, CaseState.FollowingUp, CaseState.Closed];

    /// <summary>Whether an activity is a supervision (regular or thematic).</summary>
    public static bool IsSupervision(ActivityKind activity) => activity is ActivityKind.RegularSupervision or ActivityKind.ThematicSupervision;

    /// <summary>The stage a state belongs to.</summary>
    public static CaseStage StageOf(CaseState state) => state switch
    {
        CaseState.Opened or CaseState.Decided or CaseState.Planned or CaseState.TeamFormed => CaseStage.Preparation,
        CaseState.Announced or CaseState.SelfReported or CaseState.Verified or CaseState.ReportDrafted => CaseStage.Conduct,
        CaseState.Concluded or CaseState.NoticeIssued or CaseState.DisciplineRecorded or CaseState.FollowingUp => CaseStage.Conclusion,
        _ => CaseStage.Ended,
    };

    /// <summary>The steps allowed in a state for an activity, in procedure order.</summary>
    public static IReadOnlyList<CaseStep> AllowedSteps(CaseState state, ActivityKind activity)
    {
        var steps = Transitions.Keys.Where(k => k.Item1 == state).Select(k => k.Item2).ToList();
        if (state == CaseState.SelfReported && IsSupervision(activity))
        {
            steps.Add(CaseStep.DraftReport);
        }

        if (IsSupervision(activity) && HandOverStates.Contains(state))
        {
            steps.Add(CaseStep.HandOverForInspection);
        }

        if (ReviewStates.Contains(state))
        {
            steps.Add(CaseStep.RecordHigherReview);
        }

        if (state is not (CaseState.Closed or CaseState.TakenUp))
        {
            steps.Add(CaseStep.TakeUp);
        }

        return steps.Distinct().Order().ToArray();
    }

    internal static CaseState Next(CaseState state, CaseStep step, ActivityKind activity) => step switch
    {
        CaseStep.DraftReport when state == CaseState.SelfReported && IsSupervision(activity) => CaseState.ReportDrafted,
        CaseStep.HandOverForInspection or CaseStep.RecordHigherReview => state,
        CaseStep.TakeUp => CaseState.TakenUp,
        _ => Transitions[(state, step)],
    };
}
