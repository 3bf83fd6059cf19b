namespace KiemTra.Sdk.Inspection;

/// <summary>A step of the procedure (<i>bước thực hiện</i>); the case's state machine says which steps are allowed when.</summary>
public enum CaseStep
{
    /// <summary>Open the case.</summary>
    Open = 1,

    /// <summary>Issue the decision.</summary>
    IssueDecision = 2,

    /// <summary>Approve the plan (purpose, content, subjects, reference period, duration, method).</summary>
    ApprovePlan = 3,

    /// <summary>Form the team.</summary>
    FormTeam = 4,

    /// <summary>Announce the decision to the subject.</summary>
    Announce = 5,

    /// <summary>Receive the subject's self-report.</summary>
    ReceiveSelfReport = 6,

    /// <summary>Verify.</summary>
    Verify = 7,

    /// <summary>Draft the report.</summary>
    DraftReport = 8,

    /// <summary>Hold the concluding meeting.</summary>
    HoldConclusionMeeting = 9,

    /// <summary>Issue the conclusion notice.</summary>
    IssueNotice = 10,

    /// <summary>Record the discipline decided or proposed.</summary>
    RecordDiscipline = 11,

    /// <summary>Assign the follow-up of the conclusion.</summary>
    AssignFollowUp = 12,

    /// <summary>Close the case.</summary>
    Close = 13,

    /// <summary>Hand signs of violation found by supervision over for inspection.</summary>
    HandOverForInspection = 14,

    /// <summary>A higher commission takes the case up.</summary>
    TakeUp = 15,

    /// <summary>A higher commission reviews the conclusion.</summary>
    RecordHigherReview = 16,
}
