using KiemTra.Sdk.Diagnostics;
using System.Globalization;
using System.Reflection;
using FluentValidation;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.FluentValidation;
using KiemTra.Sdk.FluentValidation.Calendar;
using KiemTra.Sdk.FluentValidation.Organization;
using KiemTra.Sdk.FluentValidation.Rules;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Testing;
using NodaTime;

namespace KiemTra.Sdk.Adapters.Tests.FluentValidation;

public class ValidationMessagesTests
{
    private static readonly string[] DeclaredCodes = typeof(ErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .Order(StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void EveryCode_HasBothLanguages_WithTheSamePlaceholders()
    {
        Assert.NotEmpty(KiemTraValidationMessages.Codes);
        foreach (var code in KiemTraValidationMessages.Codes)
        {
            var text = KiemTraValidationMessages.Template(code);
            Assert.False(string.IsNullOrWhiteSpace(text.Vietnamese), code);
            Assert.False(string.IsNullOrWhiteSpace(text.English), code);
            Assert.Equal(
                KiemTraValidationMessages.Placeholders(text.English).Order(StringComparer.Ordinal),
                KiemTraValidationMessages.Placeholders(text.Vietnamese).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void EveryDeclaredCode_HasAMessage_AndEveryMessageIsDeclared()
        => Assert.Equal(DeclaredCodes, KiemTraValidationMessages.Codes);

    [Fact]
    public void Format_MissingArgument_NamesThePlaceholder()
    {
        var ex = Assert.Throws<ArgumentException>(() => KiemTraValidationMessages.Format(ErrorCodes.RuleSetEmpty, CultureInfo.InvariantCulture, new Dictionary<string, object?>()));
        Assert.Contains("{Id}", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vi-VN", "phải có tổ chức đảng cấp trên")]
    [InlineData("vi", "phải có tổ chức đảng cấp trên")]
    [InlineData("en-GB", "must have a parent organisation")]
    [InlineData("fr-FR", "must have a parent organisation")]
    public void Message_Language_FollowsCurrentUICulture_PerCall(string culture, string expected)
    {
        var validator = new OrganizationDraftValidator();
        var draft = new OrganizationDraft("TN.X01.CB02", "Chi bộ Thôn 2", OrganizationKind.Cell, null, new LocalDate(2025, 7, 1));
        var result = WithUICulture(culture, () => validator.Validate(draft));
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.OrganizationParentMissing, error.ErrorCode);
        Assert.Contains(expected, error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("TN.X01.CB02", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validators_DoNotChangeFluentValidationGlobalOptions()
    {
        var global = ValidatorOptions.Global;
        var before = Snapshot(global);
        var clock = FakeClocks.At(new LocalDate(2026, 11, 22), DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"]);
        WithUICulture("vi-VN", () =>
        {
            new OrganizationDraftValidator().Validate(new OrganizationDraft("bad id", "", (OrganizationKind)99, "TN", new LocalDate(2025, 1, 1)));
            new MemberDraftValidator(clock, DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"]).Validate(new MemberDraft(null, null, null, (MemberStatus)0, new LocalDate(2030, 1, 1)));
            new HolidayScheduleValidator().Validate(WorkingCalendar.Default.GetSchedule(2026));
            return new RuleSetValidator().Validate(RuleBook.BuiltIn.RuleSets[0]);
        });
        Assert.Equal(before, Snapshot(global));
    }

    private static string Snapshot(ValidatorConfiguration global)
        => string.Join(
            "|",
            global.DefaultClassLevelCascadeMode,
            global.DefaultRuleLevelCascadeMode,
            global.LanguageManager.Enabled,
            global.LanguageManager.Culture?.Name ?? "(null)",
            global.LanguageManager.GetType().FullName,
            global.DisplayNameResolver?.Method.Name ?? "(null)",
            global.PropertyNameResolver?.Method.Name ?? "(null)",
            global.ErrorCodeResolver?.Method.Name ?? "(null)",
            global.MessageFormatterFactory?.Method.Name ?? "(null)",
            global.PropertyChainSeparator,
            global.Severity);

    internal static T WithUICulture<T>(string culture, Func<T> action)
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
