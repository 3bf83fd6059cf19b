using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.FluentValidation.Denunciations;

/// <summary>
/// A denunciation as a host records it at intake (<i>đơn tố cáo</i>); validate it with
/// <see cref="DenunciationDraftValidator"/>, then build it with <see cref="ToDenunciation"/>. The informant's identity
/// goes straight into a <see cref="ProtectedInformant"/>; messages about it never repeat it. Written as JSON (by any
/// <c>System.Text.Json</c> options), the draft never carries the identity: the three informant fields are left out and
/// <c>informantWithheld</c> says one was set; read from JSON, they are taken as sent.
/// </summary>
/// <param name="Id">The denunciation id.</param>
/// <param name="Subject">Who is denounced.</param>
/// <param name="Source">Named, anonymous or under a false name.</param>
/// <param name="InformantFullName">The informant's name: given exactly for a named denunciation.</param>
/// <param name="InformantAddress">The informant's address, optional.</param>
/// <param name="InformantContact">The informant's contact, optional.</param>
/// <param name="Allegations">The allegations: id and content, at least one, ids distinct.</param>
/// <param name="Receipts">Where and when it was received, at least one.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(DenunciationDraftJsonConverter))]
public sealed record DenunciationDraft(string? Id, DisciplineSubject? Subject, DenunciationSource Source, string? InformantFullName, string? InformantAddress, string? InformantContact,
    IReadOnlyList<AllegationDraft>? Allegations, IReadOnlyList<ReceiptDraft>? Receipts)
{
    /// <summary>Builds the (validated) denunciation, sealing the informant's identity.</summary>
    /// <returns>The denunciation.</returns>
    /// <exception cref="ArgumentException">The draft breaks a rule (validate it first).</exception>
    public Denunciation ToDenunciation()
    {
        var informant = Source == DenunciationSource.Named ? ProtectedInformant.Create(InformantFullName!, InformantAddress, InformantContact) : null;
        return Denunciation.Create(Id!, Subject!, Source, informant,
            (Allegations ?? []).Select(a => Allegation.Create(a.Id!, a.Content!)),
            (Receipts ?? []).Select(r => new DenunciationReceipt(OrganizationId.From(r.ReceivedById!), r.On, r.IsCompetent)));
    }

    /// <summary>Hides the identity from logs and debugger displays of the draft.</summary>
    /// <returns>The draft without the informant's details.</returns>
    public override string ToString() => $"DenunciationDraft {Id} ({Source}, {Allegations?.Count ?? 0} allegations)";
}

/// <summary>One allegation of a denunciation draft (<i>nội dung tố cáo</i>).</summary>
/// <param name="Id">Id within the denunciation.</param>
/// <param name="Content">What is alleged.</param>
public sealed record AllegationDraft(string? Id, string? Content);

/// <summary>One receipt of a denunciation draft (<i>tiếp nhận đơn</i>).</summary>
/// <param name="ReceivedById">The receiving organisation.</param>
/// <param name="On">When (not after today).</param>
/// <param name="IsCompetent">Whether the receiver is competent to resolve it.</param>
public sealed record ReceiptDraft(string? ReceivedById, LocalDate On, bool IsCompetent);
