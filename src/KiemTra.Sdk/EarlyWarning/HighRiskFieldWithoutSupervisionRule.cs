using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Inspection;
using NodaTime;

namespace KiemTra.Sdk.EarlyWarning;

/// <summary>
/// Organisations working in a high-risk field (land, minerals, finance, procurement, personnel…) with no supervision or
/// inspection opened about them within a look-back window (<i>lĩnh vực dễ xảy ra vi phạm chưa được giám sát</i>).
/// </summary>
internal sealed class HighRiskFieldWithoutSupervisionRule : IEarlyWarningRule
{
    private readonly OversightCatalogs _catalogs;

    private HighRiskFieldWithoutSupervisionRule(Period lookBack, OversightCatalogs catalogs)
    {
        LookBack = lookBack;
        _catalogs = catalogs;
    }

    /// <summary>How far back a case counts.</summary>
    public Period LookBack { get; }

    /// <inheritdoc />
    public string Code => "EW-HIGH-RISK-UNSUPERVISED";

    /// <inheritdoc />
    public FindingSeverity Severity => FindingSeverity.Warning;

    /// <inheritdoc />
    public LocalizedText Description => LocalizedText.Of("Lĩnh vực dễ xảy ra vi phạm chưa được giám sát, kiểm tra", "High-risk fields without supervision or inspection");

    /// <summary>Creates the rule.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static HighRiskFieldWithoutSupervisionRule Create(Period lookBack, OversightCatalogs catalogs)
    {
        ArgumentNullException.ThrowIfNull(lookBack);
        ArgumentNullException.ThrowIfNull(catalogs);
        return new HighRiskFieldWithoutSupervisionRule(lookBack, catalogs);
    }

    /// <inheritdoc />
    /// <exception cref="KeyNotFoundException">A field code is not in the high-risk catalogue.</exception>
    public IEnumerable<Finding> Evaluate(EarlyWarningContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var from = context.Today.Minus(LookBack);
        foreach (var (organization, fields) in context.HighRiskFields.OrderBy(p => p.Key))
        {
            if (fields.Count == 0)
            {
                continue;
            }

            var names = fields.Select(f => _catalogs.HighRiskFields.Get(f).Name).ToArray();
            var covered = context.Cases.Any(c => c.History[0].On >= from && c.History[0].On <= context.Today && c.Subjects.Any(s => s.Organization == organization));
            if (!covered)
            {
                yield return Finding.Create(Code, Severity, organization.Value, LocalizedText.Of(
                    $"{organization} hoạt động trong lĩnh vực dễ xảy ra vi phạm ({string.Join(", ", names.Select(n => n.Vietnamese))}) nhưng không có cuộc giám sát, kiểm tra nào từ {KiemTra.Sdk.Formatting.TextFormat.Date(from)}.",
                    $"{organization} works in high-risk fields ({string.Join(", ", names.Select(n => n.English))}) but has had no supervision or inspection since {KiemTra.Sdk.Formatting.TextFormat.IsoDate(from)}."));
            }
        }
    }
}
