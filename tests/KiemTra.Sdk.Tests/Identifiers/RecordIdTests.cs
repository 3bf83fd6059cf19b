using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Tests.Identifiers;

/// <summary>
/// The typed record id: one kind of id per kind of record, each with the rules of <see cref="InputRules"/> and its own
/// length and characters; an id of one kind is never taken for another.
/// </summary>
public class RecordIdTests
{
    [Fact]
    public void From_NormalisesDecomposedVietnameseToPrecomposed_SoBothSpellingsAreOneId()
    {
        var decomposed = "HS-Đa\u0300o"; // "Đào" typed with a combining grave accent
        var id = CaseId.From(decomposed);

        Assert.Equal("HS-Đào", id.Value);
        Assert.Equal(CaseId.From("HS-Đào"), id);
        Assert.Equal(CaseId.From("HS-Đào").GetHashCode(), id.GetHashCode());
    }

    [Fact]
    public void CaseId_RefusesASlash_NamingTheKindOfIdAndTheCharacter()
    {
        var ex = Assert.Throws<ArgumentException>(() => CaseId.From("HS/01"));

        Assert.Equal("value", ex.ParamName);
        Assert.Contains("case id", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'/' (U+002F)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecisionId_IsTheDecisionsNumberAndSymbol_SoItMayHoldASlash()
    {
        Assert.Equal("10-QĐ/UBKT", DecisionId.From("10-QĐ/UBKT").Value);
        Assert.False(CaseId.TryFrom("10-QĐ/UBKT", out _));
    }

    [Fact]
    public void RuleSetId_MayBeTheNumberOfTheDocumentItEncodes()
    {
        // A holiday schedule cites the Government Office's notice by its number; a rule set may be named in Vietnamese.
        Assert.Equal("CV-8726/VPCP", RuleSetId.From("CV-8726/VPCP").Value);
        Assert.Equal("QĐ-22-2021", RuleSetId.From("QĐ-22-2021").Value);
        var ex = Assert.Throws<ArgumentException>(() => RuleSetId.From("QD 22"));

        Assert.Contains("rule set id", ex.Message, StringComparison.Ordinal);
        Assert.False(RuleSetId.TryFrom("_draft", out _)); // starts with a letter or digit, as every id does
    }

    [Theory]
    [InlineData(64, true)]
    [InlineData(65, false)]
    public void ARecordsId_HasAtMost64Characters(int length, bool accepted)
    {
        Assert.Equal(accepted, CaseId.TryFrom(new string('a', length), out _));
        Assert.Equal(accepted, RecommendationId.TryFrom(new string('a', length), out _));
        Assert.Equal(RecordId<OversightCase>.MaxLength, 64);
    }

    [Theory]
    [InlineData(128, true)]
    [InlineData(129, false)]
    public void AFactsId_HasAtMost128Characters_ForAHostsCompositeKeys(int length, bool accepted)
    {
        Assert.Equal(accepted, RecordId<Meeting>.TryFrom(new string('m', length), out _));
        Assert.Equal(accepted, RecordId<RecordedAssignment>.TryFrom(new string('m', length), out _));
        Assert.Equal(RecordId<Meeting>.MaxFactLength, 128);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" HS-1")]
    [InlineData("-HS-1")]
    [InlineData("HS\u202E1")]
    [InlineData("HS\u00001")]
    public void TryFrom_RefusesWhatFromRefuses_WithoutThrowing(string? text)
    {
        Assert.False(CaseId.TryFrom(text, out var id));
        Assert.True(id.IsDefault);
        if (text is not null)
        {
            Assert.Throws<ArgumentException>(() => CaseId.From(text));
        }
    }

    [Fact]
    public void Default_HasTheEmptyText_AndEveryFactoryRefusesIt()
    {
        var none = default(AllegationId);

        Assert.True(none.IsDefault);
        Assert.Equal(string.Empty, none.Value);
        Assert.Equal(string.Empty, none.ToString());
        var ex = Assert.Throws<ArgumentException>(() => Allegation.Create(none, "Lợi dụng chức vụ"));
        Assert.Equal("id", ex.ParamName);
        Assert.Contains("allegation id must not be default", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_CompareByOrdinalText_WhateverTheProcessCulture()
    {
        var ids = new[] { "b", "B", "a", "Đ", "D" }.Select(CaseId.From).Order().Select(i => i.Value).ToArray();

        Assert.Equal(["B", "D", "a", "b", "Đ"], ids);
    }

    [Fact]
    public void TheRegister_FindsACaseByItsTypedId_AndAnUnknownIdFindsNothing()
    {
        var register = WorkRegister.CreateBuilder().Build();

        Assert.Null(register.FindCase(CaseId.From("HS-1")));
        Assert.Null(register.CaseOfDecision(DecisionId.From("10-QĐ/UBKT")));
    }
}
