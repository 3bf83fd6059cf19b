using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Authority;

/// <summary>The body that would act (<i>chủ thể</i>): an organisation and which of its bodies.</summary>
/// <param name="Organization">The organisation the body belongs to.</param>
/// <param name="Body">The body: committee, standing committee, inspection commission, cell, advisory agency.</param>
public readonly record struct ActingBody(OrganizationId Organization, BodyKind Body)
{
    /// <summary>Returns "body of organisation".</summary>
    public override string ToString() => $"{Body} of {Organization}";
}
