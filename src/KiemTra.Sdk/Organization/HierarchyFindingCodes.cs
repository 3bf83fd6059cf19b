namespace KiemTra.Sdk.Organization;

/// <summary>The stable codes of the structural checks of a hierarchy (<i>mã kiểm tra cơ cấu</i>); each names the rule key it applies.</summary>
public static class HierarchyFindingCodes
{
    /// <summary>A cell or grassroots cell has fewer full members than <c>cell.min-full-members</c> (Charter Art. 21). Error.</summary>
    public const string CellMinFullMembers = "ORG-CELL-MIN-FULL-MEMBERS";

    /// <summary>A grassroots cell has <c>grassroots.committee.min-members</c> members or more: it should be a grassroots committee. Warning.</summary>
    public const string GrassrootsCellTooLarge = "ORG-GRASSROOTS-CELL-TOO-LARGE";

    /// <summary>A grassroots committee has fewer than <c>grassroots.committee.min-members</c> members: it should be a grassroots cell. Warning.</summary>
    public const string GrassrootsCommitteeTooSmall = "ORG-GRASSROOTS-COMMITTEE-TOO-SMALL";

    /// <summary>An organisation of a kind in <c>commission.absent-for-kinds</c> (cells, sub-committees) has an inspection commission. Error.</summary>
    public const string CommissionNotAllowed = "ORG-COMMISSION-NOT-ALLOWED";

    /// <summary>A grassroots committee or higher has no inspection commission. Warning.</summary>
    public const string CommissionMissing = "ORG-COMMISSION-MISSING";

    /// <summary>An inspection commission's size is outside <c>commission.size.province</c> / <c>commission.size.commune</c> (QĐ 296). Error.</summary>
    public const string CommissionSize = "ORG-COMMISSION-SIZE";

    /// <summary>A commission that needs a full-time deputy chair (<c>commission.full-time-deputy.*</c>) has none. Error.</summary>
    public const string CommissionFullTimeDeputy = "ORG-COMMISSION-FULL-TIME-DEPUTY";

    /// <summary>The chair of a commune, ward or special-zone commission is a local person (<c>commission.chair.commune-not-local</c>). Error.</summary>
    public const string CommissionChairLocal = "ORG-COMMISSION-CHAIR-LOCAL";

    /// <summary>A check could not run because no rule was in force on the date. Information.</summary>
    public const string RuleNotInForce = "ORG-RULE-NOT-IN-FORCE";
}
