using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Denunciations;

/// <summary>
/// A receipt of the denunciation by an organisation (<i>tiếp nhận đơn</i>). Only the receipt by the organisation
/// competent to resolve it starts the resolution clock; earlier receipts by others are recorded for the file.
/// </summary>
/// <param name="ReceivedBy">The organisation that received it.</param>
/// <param name="On">When.</param>
/// <param name="IsCompetent">Whether that organisation is competent to resolve it.</param>
public sealed record DenunciationReceipt(OrganizationId ReceivedBy, LocalDate On, bool IsCompetent);
