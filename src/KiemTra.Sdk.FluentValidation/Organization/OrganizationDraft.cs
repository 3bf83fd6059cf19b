using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.FluentValidation.Organization;

/// <summary>
/// An organisation as a host enters it before adding it to a <see cref="PartyDatasetBuilder"/>
/// (<i>thông tin tổ chức đảng do hệ thống nhập</i>); validate it with <see cref="OrganizationDraftValidator"/>.
/// </summary>
/// <param name="Id">The id, e.g. <c>TN.X01.CB02</c>.</param>
/// <param name="Name">The name in Vietnamese.</param>
/// <param name="Kind">The kind of organisation.</param>
/// <param name="ParentId">The parent's id; null only for a province.</param>
/// <param name="CreatedOn">The founding date.</param>
public sealed record OrganizationDraft(string? Id, string? Name, OrganizationKind Kind, string? ParentId, LocalDate CreatedOn)
{
    /// <summary>Adds the (validated) draft to <paramref name="builder"/>.</summary>
    /// <param name="builder">The dataset builder.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <exception cref="ArgumentException">The draft breaks a rule the builder enforces (validate it first).</exception>
    public PartyDatasetBuilder AddTo(PartyDatasetBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddOrganization(Id!, Name!, Kind, ParentId, CreatedOn);
    }
}
