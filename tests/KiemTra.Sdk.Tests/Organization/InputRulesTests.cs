using System.Text;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Tests.Infrastructure;
using NodaTime;
using static KiemTra.Sdk.Tests.Discipline.DisciplineFixtures;

namespace KiemTra.Sdk.Tests.Organization;

/// <summary>One rule for identifiers and document references: Vietnamese letters accepted in NFC, hostile text refused.</summary>
public class InputRulesTests
{
    private static readonly LocalDate Day = new(2026, 3, 2);

    [Theory]
    [InlineData("10-QĐ/UBKT")]
    [InlineData("15-QĐ/UBKT")]
    [InlineData("07-QĐ/ĐU")]
    [InlineData("20-TB/UBKT")]
    [InlineData("123-QĐ/TƯ")]
    public void References_AsOfficialsWriteThem_AreAccepted(string reference)
    {
        // R-I1, R-D1: decision and notice numbers are written with Vietnamese letters and '/'.
        Assert.Equal(reference, InputRules.NormalizeReference(reference));
        Assert.True(InputRules.IsValidReference(reference));
    }

    [Theory]
    [InlineData("HS-Đông-Hỷ-01")]
    [InlineData("KT.Phường-Phan-Đình-Phùng.2026")]
    [InlineData("ĐB.X012")]
    public void Identifiers_WithVietnameseLetters_AreAccepted_ByEveryIdType(string id)
    {
        // R-H1, R-I1: organisation, member and case ids may contain Vietnamese letters.
        Assert.Equal(id, OrganizationId.From(id).Value);
        Assert.Equal(id, MemberId.From(id).Value);
        Assert.Equal(id, CaseId.From(id).Value);
    }

    [Fact]
    public void DecomposedInput_IsStoredPrecomposed_AndEqualsTheTypedId()
    {
        // R-H1: NFD from one keyboard equals NFC from another; the SDK stores NFC.
        const string precomposed = "QĐ-Đồng-Hỷ";
        var decomposed = precomposed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(precomposed, decomposed);
        Assert.Equal(OrganizationId.From(precomposed), OrganizationId.From(decomposed));
        Assert.Equal(precomposed, MemberId.From(decomposed).Value);
        Assert.Equal("10-QĐ/UBKT", InputRules.NormalizeReference("10-QĐ/UBKT".Normalize(NormalizationForm.FormD)));
    }

    [Theory]
    [InlineData("HB\u0000X1", "U+0000")] // control character
    [InlineData("HB\nX1", "U+000A")]
    [InlineData("HB\u202EX1", "U+202E")] // right-to-left override
    [InlineData("HB\u2066X1", "U+2066")] // left-to-right isolate
    [InlineData("HB\u200FX1", "U+200F")] // right-to-left mark
    [InlineData("HB\u200BX1", "U+200B")] // zero-width space
    [InlineData("HB X1", "U+0020")] // space
    [InlineData("HB\u00A0X1", "U+00A0")] // no-break space
    [InlineData("Х1", "U+0425")] // Cyrillic Kha, looks like X
    [InlineData("X\u0661", "U+0661")] // Arabic-Indic digit one
    [InlineData("HB\u00D7X1", "U+00D7")] // multiplication sign, inside the Latin-1 block but not a letter
    [InlineData("q\u0337", "U+0337")] // combining mark with no precomposed form: left over after NFC
    public void HostileCharacters_AreRefused_NamingTheCodePoint(string id, string codePoint)
    {
        // R-H1: ids and references refuse control, format, bidi, space and look-alike characters.
        var ex = Assert.Throws<ArgumentException>(() => OrganizationId.From(id));
        Assert.Contains(codePoint, ex.Message, StringComparison.Ordinal);
        Assert.False(InputRules.IsValidReference(id));
    }

    [Fact]
    public void MessagesNeverCarryTheBidiOverrideItself()
    {
        // R-H1: the message shows hostile characters as code points, so it cannot reorder the text around it.
        var ex = Assert.Throws<ArgumentException>(() => InputRules.NormalizeIdentifier("ab\u202Ecd"));
        Assert.DoesNotContain('\u202E', ex.Message);
    }

    [Fact]
    public void LoneSurrogates_AreRefused()
    {
        // R-H1 (built in code: test data attributes would replace a lone surrogate with U+FFFD)
        foreach (var id in new[] { "\uD800", "ab\uDC00", "ab\uD83D", "Đ\uDBFF" })
        {
            var ex = Assert.Throws<ArgumentException>(() => MemberId.From(id));
            Assert.Contains("surrogate", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Length_IsCountedAfterNormalisation_AndBoundedEverywhere()
    {
        // R-H1: 64 characters at most, for ids and references alike; NFD that shrinks to 64 in NFC is accepted.
        var sixtyFour = new string('ệ', 64);
        Assert.Equal(sixtyFour, OrganizationId.From(sixtyFour.Normalize(NormalizationForm.FormD)).Value);
        var ex = Assert.Throws<ArgumentException>(() => OrganizationId.From(new string('a', 65)));
        Assert.Contains("65 characters; at most 64", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => InputRules.NormalizeReference("1-QĐ/" + new string('A', 60)));
        Assert.Throws<ArgumentException>(() => InputRules.NormalizeIdentifier(new string('ệ', 10_000)));
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".hidden")]
    [InlineData("-1")]
    [InlineData("_x")]
    [InlineData("/QĐ")]
    public void AnIdStartsWithALetterOrDigit(string id)
    {
        // R-H1: no id reads as a path or an option.
        Assert.Throws<ArgumentException>(() => InputRules.NormalizeReference(id));
    }

    [Fact]
    public void SlashIsForReferencesOnly()
    {
        // R-H1, R-I1: '/' belongs to document references, not to record ids (which hosts put in URLs).
        var ex = Assert.Throws<ArgumentException>(() => OrganizationId.From("10-QĐ/UBKT"));
        Assert.Contains("'/'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecisionIdsAndCaseReferences_TakeWhatOfficialsWrite()
    {
        // R-D1, R-I1: a disciplinary decision numbered 10-QĐ/UBKT, and an inspection decision and notice referenced so.
        var decision = DisciplineDecision.Create(DecisionId.From("10-QĐ/UBKT"), "V-01", DisciplineSubject.OfFullMember(MemberId.From("M-01"), holdsPost: true, isCommitteeMember: false), DisciplineForm.Reprimand,
            OrganizationId.From("TN.X01"), BodyKind.InspectionCommission, Day, Day, Circumstances(), [], RulesInForce);
        Assert.Equal(DecisionId.From("10-QĐ/UBKT"), decision.Id);
        var dataset = HandBuiltProvince.Build();
        var opened = OversightCase.Open(CaseId.From("KT-Đông-01"), ActivityKind.InspectionOnSignsOfViolation, "signs-of-violation", OrganizationId.From("HB.X1"), BodyKind.InspectionCommission,
            [OversightSubject.Of(OrganizationId.From("HB.X1.CB2"))], Day, OversightCatalogs.BuiltIn, new AuthorityRules(dataset, RuleBook.BuiltIn));
        var issued = opened.IssueDecision("10-QĐ/UBKT".Normalize(NormalizationForm.FormD), Day);
        Assert.EndsWith("10-QĐ/UBKT", issued.History[^1].Note, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => opened.IssueDecision("10-QĐ/UBKT\u202E", Day));
        Assert.Throws<ArgumentException>(() => opened.IssueDecision("Quyết định 10", Day));
    }
}
