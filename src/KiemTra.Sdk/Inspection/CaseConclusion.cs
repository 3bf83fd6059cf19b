namespace KiemTra.Sdk.Inspection;

/// <summary>What the concluding meeting decided (<i>kết luận</i>).</summary>
/// <param name="Summary">The conclusion in words.</param>
/// <param name="ViolationFound">Whether a violation was found.</param>
/// <param name="SignsOfViolation">For supervision: whether signs of violation call for an inspection.</param>
public sealed record CaseConclusion(string Summary, bool ViolationFound, bool SignsOfViolation);
