using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.EarlyWarning.Synthetic;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization.Synthetic;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Cli.Commands;

/// <summary>The seeded year of activity of the embedded province that <c>cases</c> and <c>warnings</c> work on.</summary>
internal static class SampleActivity
{
    /// <summary>Seed of the sample: the same year always gives the same activity.</summary>
    public const ulong Seed = 20260522UL;

    // The province is immutable and costs about a second to generate: build it once per process.
    private static readonly Lazy<KiemTra.Sdk.Organization.PartyDataset> Province = new(() => SyntheticProvince.Generate(SyntheticProvinceOptions.ThaiNguyen2025));

    public static SyntheticActivityYear For(CliContext context, int? year)
    {
        var today = context.Clock.GetCurrentInstant().InZone(context.Zone).Date;
        var y = year ?? today.Year;
        if (y < 2022 || new LocalDate(y, 1, 1) >= today)
        {
            throw new CliUsageException($"--year {y}: phải từ 2022 đến năm hiện tại / must be from 2022 to the current year ({today.Year})");
        }

        return SyntheticActivity.Generate(Province.Value, y, today, Seed + (ulong)y, context.Sdk.Rules, context.Sdk.Deadlines, OversightCatalogues.BuiltIn);
    }
}
