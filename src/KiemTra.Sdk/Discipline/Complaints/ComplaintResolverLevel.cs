namespace KiemTra.Sdk.Discipline.Complaints;

/// <summary>The level of the body resolving a complaint, which sets the resolution time limit.</summary>
public enum ComplaintResolverLevel
{
    /// <summary>Province and below (90 working days, unverified).</summary>
    ProvinceAndBelow = 1,

    /// <summary>Central (180 working days, unverified).</summary>
    Central = 2,
}
