namespace KiemTra.Sdk.Diagnostics;

/// <summary>
/// The stable error codes of the SDK (<i>mã lỗi</i>), one vocabulary for every package: the validators of
/// KiemTra.Sdk.FluentValidation report them as FluentValidation error codes, and a document that cannot be read raises a
/// <see cref="DataFormatException"/> carrying one in <see cref="DataFormatException.Code"/>. Each code is also the key of
/// its message in Vietnamese and English (the validation package's message catalogue), so a host maps codes to its own
/// messages in one place. Codes never change meaning; new ones are only added.
/// </summary>
public static class ErrorCodes
{
    /// <summary>An identifier or reference breaks the SDK's InputRules: empty, too long, or a character other than letters (Vietnamese included), ASCII digits, '.', '-', '_' (and '/' in a reference).</summary>
    public const string IdInvalid = "KT_ID_INVALID";

    /// <summary>A required name or text is empty.</summary>
    public const string NameRequired = "KT_NAME_REQUIRED";

    /// <summary>A name is longer than allowed.</summary>
    public const string NameTooLong = "KT_NAME_TOO_LONG";

    /// <summary>A Vietnamese text is not in Unicode normalization form C.</summary>
    public const string TextNotNfc = "KT_TEXT_NOT_NFC";

    /// <summary>An enum value is not one of its defined members.</summary>
    public const string EnumUndefined = "KT_ENUM_UNDEFINED";

    /// <summary>An organisation below the province has no parent.</summary>
    public const string OrganizationParentMissing = "KT_ORG_PARENT_MISSING";

    /// <summary>A province organisation names a parent.</summary>
    public const string OrganizationParentNotAllowed = "KT_ORG_PARENT_NOT_ALLOWED";

    /// <summary>An organisation names itself as its parent.</summary>
    public const string OrganizationParentSelf = "KT_ORG_PARENT_SELF";

    /// <summary>A date that must not be in the future is after today (in the validator's clock and zone).</summary>
    public const string DateInFuture = "KT_DATE_IN_FUTURE";

    /// <summary>A make-up workday replaces a day that is not a swapped day off of the same schedule.</summary>
    public const string ScheduleReplacedDayMissing = "KT_SCHEDULE_REPLACED_DAY_MISSING";

    /// <summary>An official schedule cites an unverified source (warning).</summary>
    public const string ScheduleSourceUnverified = "KT_SCHEDULE_SOURCE_UNVERIFIED";

    /// <summary>A schedule does not list 1 January as a public holiday.</summary>
    public const string ScheduleNoNewYear = "KT_SCHEDULE_NO_NEW_YEAR";

    /// <summary>A rule set has no entries.</summary>
    public const string RuleSetEmpty = "KT_RULESET_EMPTY";

    /// <summary>A rule-set entry is unverified (warning).</summary>
    public const string RuleSetEntryUnverified = "KT_RULESET_ENTRY_UNVERIFIED";

    /// <summary>A verified rule-set entry cites no article (warning).</summary>
    public const string RuleSetEntryNoArticle = "KT_RULESET_ENTRY_NO_ARTICLE";

    /// <summary>A superseded rule set has no supersession date (warning).</summary>
    public const string RuleSetSupersessionDateMissing = "KT_RULESET_SUPERSESSION_DATE_MISSING";

    /// <summary>A date that must not precede another one does.</summary>
    public const string DateOrder = "KT_DATE_ORDER";

    /// <summary>A list that needs at least one item is empty.</summary>
    public const string ListEmpty = "KT_LIST_EMPTY";

    /// <summary>A list names the same item twice.</summary>
    public const string ListDuplicate = "KT_LIST_DUPLICATE";

    /// <summary>A code is not in the catalogue it must come from.</summary>
    public const string CatalogCodeUnknown = "KT_CATALOGUE_CODE_UNKNOWN";

    /// <summary>An activity is not a supervision or inspection (denunciations, complaints and discipline have their own models).</summary>
    public const string ActivityNotOversight = "KT_ACTIVITY_NOT_OVERSIGHT";

    /// <summary>A discipline form does not apply to the subject.</summary>
    public const string DisciplineFormNotApplicable = "KT_DISCIPLINE_FORM_NOT_APPLICABLE";

    /// <summary>A circumstance the decision must weigh is not stated.</summary>
    public const string DisciplineCircumstanceRequired = "KT_DISCIPLINE_CIRCUMSTANCE_REQUIRED";

    /// <summary>A decision on an organisation does not record the members held responsible.</summary>
    public const string DisciplineResponsibleMembersMissing = "KT_DISCIPLINE_RESPONSIBLE_MEMBERS_MISSING";

    /// <summary>A decision on a member lists responsible members (recorded only for an organisation).</summary>
    public const string DisciplineResponsibleMembersNotAllowed = "KT_DISCIPLINE_RESPONSIBLE_MEMBERS_NOT_ALLOWED";

    /// <summary>A discipline subject's kind and flags do not fit together.</summary>
    public const string SubjectInvalid = "KT_SUBJECT_INVALID";

    /// <summary>A named denunciation has no informant name.</summary>
    public const string InformantRequired = "KT_DENUNCIATION_INFORMANT_REQUIRED";

    /// <summary>An anonymous or false-name denunciation names an informant.</summary>
    public const string InformantNotAllowed = "KT_DENUNCIATION_INFORMANT_NOT_ALLOWED";

    /// <summary>An indicator names a measure the measure set does not know.</summary>
    public const string IndicatorMeasureUnknown = "KT_INDICATOR_MEASURE_UNKNOWN";

    /// <summary>An indicator target is outside the range of its unit (percent 0–1, count ≥ 0, boolean 0 or 1).</summary>
    public const string IndicatorTargetOutOfRange = "KT_INDICATOR_TARGET_OUT_OF_RANGE";

    /// <summary>A range of years runs backwards or leaves the supported years.</summary>
    public const string YearRangeInvalid = "KT_YEAR_RANGE_INVALID";

    /// <summary>A task does not state one of its required elements.</summary>
    public const string TaskElementMissing = "KT_TASK_ELEMENT_MISSING";

    /// <summary>A document is not well-formed JSON (or not UTF-8), or its root is not an object.</summary>
    public const string DocumentSyntax = "KT_DOC_SYNTAX";

    /// <summary>A document is larger, deeper or longer than the SDK's input limits allow.</summary>
    public const string DocumentTooLarge = "KT_DOC_TOO_LARGE";

    /// <summary>A document's format version is missing or not one this SDK reads.</summary>
    public const string DocumentVersionUnsupported = "KT_DOC_VERSION_UNSUPPORTED";

    /// <summary>A document has a field its format does not define.</summary>
    public const string DocumentFieldUnknown = "KT_DOC_FIELD_UNKNOWN";

    /// <summary>A document states the same field twice in one object.</summary>
    public const string DocumentFieldDuplicate = "KT_DOC_FIELD_DUPLICATE";

    /// <summary>A document lacks a field its format requires.</summary>
    public const string DocumentFieldMissing = "KT_DOC_FIELD_MISSING";

    /// <summary>A field holds a value of the wrong type or form (a number for a string, a date that is not ISO yyyy-MM-dd, an unknown enum name).</summary>
    public const string DocumentValueInvalid = "KT_DOC_VALUE_INVALID";

    /// <summary>A field names an id, code or key that the document (or the data it is read against) does not define.</summary>
    public const string DocumentReferenceUnknown = "KT_DOC_REFERENCE_UNKNOWN";

    /// <summary>A document defines the same id, code or key twice.</summary>
    public const string DocumentIdDuplicate = "KT_DOC_ID_DUPLICATE";

    /// <summary>Well-formed values that the domain refuses together (the SDK's own factory or rule check said no; the message says which rule).</summary>
    public const string DocumentRuleViolated = "KT_DOC_RULE_VIOLATED";

    /// <summary>A hierarchy check: a cell or grassroots cell has fewer full members than <c>cell.min-full-members</c> (Charter Art. 21). Error.</summary>
    public const string HierarchyCellMinFullMembers = "ORG-CELL-MIN-FULL-MEMBERS";

    /// <summary>A hierarchy check: a grassroots cell has <c>grassroots.committee.min-members</c> members or more, so it should be a grassroots committee. Warning.</summary>
    public const string HierarchyGrassrootsCellTooLarge = "ORG-GRASSROOTS-CELL-TOO-LARGE";

    /// <summary>A hierarchy check: a grassroots committee has fewer than <c>grassroots.committee.min-members</c> members, so it should be a grassroots cell. Warning.</summary>
    public const string HierarchyGrassrootsCommitteeTooSmall = "ORG-GRASSROOTS-COMMITTEE-TOO-SMALL";

    /// <summary>A hierarchy check: an organisation of a kind in <c>commission.absent-for-kinds</c> (cells, sub-committees) has an inspection commission. Error.</summary>
    public const string HierarchyCommissionNotAllowed = "ORG-COMMISSION-NOT-ALLOWED";

    /// <summary>A hierarchy check: a grassroots committee or higher has no inspection commission. Warning.</summary>
    public const string HierarchyCommissionMissing = "ORG-COMMISSION-MISSING";

    /// <summary>A hierarchy check: an inspection commission's size is outside <c>commission.size.province</c> / <c>commission.size.commune</c>. Error.</summary>
    public const string HierarchyCommissionSize = "ORG-COMMISSION-SIZE";

    /// <summary>A hierarchy check: a commission that needs a full-time deputy chair (<c>commission.full-time-deputy.*</c>) has none. Error.</summary>
    public const string HierarchyCommissionFullTimeDeputy = "ORG-COMMISSION-FULL-TIME-DEPUTY";

    /// <summary>A hierarchy check: the chair of a commune, ward or special-zone commission is a local person (<c>commission.chair.commune-not-local</c>). Error.</summary>
    public const string HierarchyCommissionChairLocal = "ORG-COMMISSION-CHAIR-LOCAL";

    /// <summary>A hierarchy check could not run because no rule was in force on the date. Information.</summary>
    public const string HierarchyRuleNotInForce = "ORG-RULE-NOT-IN-FORCE";

    /// <summary>A programme check: the owner body may not carry out the item's activity on its subject, or the subject is unknown. Error.</summary>
    public const string ProgramAuthorityDenied = "PLAN-AUTHORITY-DENIED";

    /// <summary>A programme check: two items inspect or supervise the same organisation at overlapping times on the same activity or a shared content area (<i>chồng chéo</i>). Warning.</summary>
    public const string ProgramOverlap = "PLAN-OVERLAP";

    /// <summary>A programme check: a term programme leaves one of the owner's subordinate organisations out (<i>bỏ sót</i>). Warning.</summary>
    public const string ProgramOmission = "PLAN-OMISSION";

    /// <summary>A locality-assignment check: a subordinate organisation has nobody assigned to follow it. Warning.</summary>
    public const string AssignmentLocalityUnassigned = "ASSIGN-LOCALITY-UNASSIGNED";

    /// <summary>A locality-assignment check: an assignment points outside the assigning organisation's subtree or to an unknown organisation. Error.</summary>
    public const string AssignmentOutsideSubtree = "ASSIGN-OUTSIDE-SUBTREE";

    /// <summary>A text holds a control character (NUL, or another C0 control other than tab, line feed and carriage return) that no one types and some databases cannot store.</summary>
    public const string TextControlCharacter = "KT_TEXT_CONTROL_CHARACTER";
}
