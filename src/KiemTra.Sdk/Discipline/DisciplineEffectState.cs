namespace KiemTra.Sdk.Discipline;

/// <summary>Where a disciplinary decision stands on a date (<i>hiệu lực của quyết định kỷ luật</i>).</summary>
public enum DisciplineEffectState
{
    /// <summary>Not yet announced on that date.</summary>
    NotYetInEffect = 1,

    /// <summary>In effect; it will lapse by itself at the end of the lapse period.</summary>
    InEffect = 2,

    /// <summary>In effect, and a complaint or new violation within the lapse period means it does not lapse by itself.</summary>
    InEffectLapseInterrupted = 3,

    /// <summary>The form never lapses (expulsion, dissolution).</summary>
    Permanent = 4,

    /// <summary>Lapsed by itself (<i>đương nhiên chấm dứt hiệu lực</i>).</summary>
    Lapsed = 5,
}
