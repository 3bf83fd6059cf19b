using FluentValidation;
using KiemTra.Sdk.Rules;
using static KiemTra.Sdk.FluentValidation.RuleBuilderExtensions;

namespace KiemTra.Sdk.FluentValidation.Rules;

/// <summary>
/// Reviews a host's <see cref="RuleSet"/> before it is added to a <see cref="RuleBook"/> (<i>kiểm tra bộ quy định</i>):
/// an empty set is an error; unverified entries, verified entries without an article and a supersession without a
/// date are warnings, so a reviewer sees what the answers built on the set will be flagged with.
/// </summary>
public sealed class RuleSetValidator : AbstractValidator<RuleSet>
{
    /// <summary>Creates the validator.</summary>
    public RuleSetValidator()
    {
        RuleFor(x => x.Entries)
            .Must(entries => !entries.IsEmpty)
            .WithKiemTraMessage(ErrorCodes.RuleSetEmpty, (set, _) => Args(("Id", set.Id)));
        RuleForEach(x => x.Entries)
            .Must(entry => entry.Verified)
            .WithSeverity(Severity.Warning)
            .WithErrorCode(ErrorCodes.RuleSetEntryUnverified)
            .WithMessage((set, entry) => Message(ErrorCodes.RuleSetEntryUnverified, set, entry));
        RuleForEach(x => x.Entries)
            .Must(entry => !entry.Verified || entry.Article is not null || entry.Value.IsRepealed)
            .WithSeverity(Severity.Warning)
            .WithErrorCode(ErrorCodes.RuleSetEntryNoArticle)
            .WithMessage((set, entry) => Message(ErrorCodes.RuleSetEntryNoArticle, set, entry));
        RuleFor(x => x.SupersededOn)
            .NotNull()
            .When(x => x.SupersededBy is not null)
            .WithSeverity(Severity.Warning)
            .WithKiemTraMessage(ErrorCodes.RuleSetSupersessionDateMissing, (set, _) => Args(("Id", set.Id), ("SupersededBy", set.SupersededBy)));
    }

    private static string Message(string code, RuleSet set, RuleEntry entry)
        => KiemTraValidationMessages.Format(code, System.Globalization.CultureInfo.CurrentUICulture, Args(("Id", set.Id), ("Key", entry.Key)));
}
