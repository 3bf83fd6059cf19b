namespace KiemTra.Sdk;

/// <summary>Which of the two shapes of identifier text a value has (<i>loại mã định danh</i>); see <see cref="InputRules"/> (a public method per kind).</summary>
internal enum IdentifierKind
{
    /// <summary>An identifier of a record (<i>mã</i>): an organisation, member, case, programme, denunciation id…: letters (Vietnamese included), digits, '.', '-', '_'.</summary>
    Identifier = 1,

    /// <summary>A document reference as officials write it (<i>số, ký hiệu văn bản</i>), e.g. <c>10-QĐ/UBKT</c>: the identifier characters and '/'.</summary>
    Reference = 2,
}
