namespace KiemTra.Sdk.Discipline;

/// <summary>
/// An event that triggers synchronised party and state obligations (<i>xử lý đồng bộ kỷ luật đảng với kỷ luật hành chính</i>).
/// </summary>
public enum SynchronizedEventKind
{
    /// <summary>A competent body detains, arrests, urgently searches or prosecutes a member, or a judgment against them takes effect (i1).</summary>
    CriminalProcedure = 1,

    /// <summary>A state body, the Fatherland Front or a socio-political organisation suspends or disciplines a member (i3).</summary>
    StateSuspensionOrDiscipline = 2,

    /// <summary>The party organisation managing the member receives the notice of such a suspension or discipline (i3).</summary>
    StateNoticeReceived = 3,

    /// <summary>A party disciplinary decision on the member is announced (i4).</summary>
    PartyDisciplineAnnounced = 4,
}
