using KiemTra.Sdk.Denunciations;
using NodaTime;

namespace KiemTra.Sdk.FluentValidation.Denunciations;

/// <summary>
/// The assessment of a denunciation at intake as a host receives it (<i>xem xét thụ lý đơn tố cáo</i>), not yet checked: in
/// JSON <c>{"on","grounds":[…]}</c>; an empty list of non-acceptance grounds accepts the denunciation, a missing list is an
/// error (a forgotten field must not take a denunciation in). Validate it with <see cref="DenunciationIntakeDraftValidator"/>.
/// </summary>
/// <param name="On">The day of the assessment (not after today).</param>
/// <param name="Grounds">The <see cref="NonAcceptanceGround"/> names found (any letter case); empty to accept.</param>
public sealed record DenunciationIntakeDraft(LocalDate? On, IReadOnlyList<string>? Grounds)
{
    /// <summary>The (validated) grounds, each once, in order.</summary>
    /// <returns>The grounds.</returns>
    /// <exception cref="ArgumentException">A ground names no <see cref="NonAcceptanceGround"/> (validate first).</exception>
    public IReadOnlyList<NonAcceptanceGround> GroundKinds()
        => (Grounds ?? []).Select(g => EnumNames.Of<NonAcceptanceGround>(g) ?? throw new ArgumentException($"'{g}' is not a non-acceptance ground.", nameof(Grounds))).Distinct().Order().ToArray();
}

/// <summary>The conclusion of one allegation after verification as a host receives it (<i>kết luận nội dung tố cáo</i>): in JSON <c>{"allegation","conclusion","on"}</c>.</summary>
/// <param name="Allegation">The allegation's id within the denunciation.</param>
/// <param name="Conclusion">An <see cref="AllegationConclusion"/> name (any letter case).</param>
/// <param name="On">The day of the conclusion (not after today).</param>
public sealed record AllegationConclusionDraft(string? Allegation, string? Conclusion, LocalDate? On)
{
    /// <summary>The conclusion <see cref="Conclusion"/> names, or null when it names none.</summary>
    /// <returns>The conclusion, or null.</returns>
    public AllegationConclusion? ConclusionKind() => EnumNames.Of<AllegationConclusion>(Conclusion);
}

/// <summary>Why the informant's protected identity is to be read, as a host receives it (<i>mục đích tiếp cận thông tin người tố cáo</i>): in JSON <c>{"purpose"}</c>; the purpose is audited with the access.</summary>
/// <param name="Purpose">The purpose.</param>
public sealed record InformantAccessDraft(string? Purpose);
