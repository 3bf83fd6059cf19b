namespace KiemTra.Sdk.Indicators;

/// <summary>Whether a gated rating may be given (<i>điều kiện xếp loại</i>).</summary>
public enum RatingStatus
{
    /// <summary>Every gating indicator is met.</summary>
    Allowed = 1,

    /// <summary>A gating indicator is missed: the rating cannot be given.</summary>
    Blocked = 2,

    /// <summary>No gating indicator is missed, but some lack data or are in progress.</summary>
    Undetermined = 3,
}
