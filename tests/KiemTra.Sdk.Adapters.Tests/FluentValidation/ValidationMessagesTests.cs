using KiemTra.Sdk.Diagnostics;
using System.Globalization;
using System.Reflection;
using FluentValidation;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.FluentValidation;
using KiemTra.Sdk.FluentValidation.Calendar;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.FluentValidation.Inspection;
using KiemTra.Sdk.Inspection;
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
    [InlineData("vi-VN", "phải có ít nhất một mục")]
    [InlineData("vi", "phải có ít nhất một mục")]
    [InlineData("en-GB", "must list at least one item")]
    [InlineData("fr-FR", "must list at least one item")]
    public void Message_Language_FollowsCurrentUICulture_PerCall(string culture, string expected)
    {
        var clock = FakeClocks.At(new LocalDate(2026, 11, 22), DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"]);
        var validator = new OversightCaseDraftValidator(OversightCatalogs.BuiltIn, clock, DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"]);
        var draft = new OversightCaseDraft("KT-01", "Kiểm tra", ActivityKind.InspectionOnSignsOfViolation, "signs-of-violation", new LocalDate(2026, 11, 20), []);
        var result = WithUICulture(culture, () => validator.Validate(draft));
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.ListEmpty, error.ErrorCode);
        Assert.Contains(expected, error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("subjects", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validators_DoNotChangeFluentValidationGlobalOptions()
    {
        var global = ValidatorOptions.Global;
        var before = Snapshot(global);
        var clock = FakeClocks.At(new LocalDate(2026, 11, 22), DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"]);
        WithUICulture("vi-VN", () =>
        {
            new OversightCaseDraftValidator(OversightCatalogs.BuiltIn, clock, DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"]).Validate(new OversightCaseDraft("bad id", "", (ActivityKind)99, null, new LocalDate(2030, 1, 1), null));
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
