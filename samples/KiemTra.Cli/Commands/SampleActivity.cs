using KiemTra.SampleProvince;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;

namespace KiemTra.Cli.Commands;

/// <summary>
/// The embedded sample (<i>dữ liệu mẫu</i>): the synthetic Thái Nguyên province (structure of 10/2025) and its one
/// register of the work for 2025–2026 (up to 31/10/2026), generated with the built-in rules. <c>report</c>,
/// <c>indicators</c>, <c>cases stats</c>, <c>warnings</c> and <c>org</c> all read this one sample.
/// </summary>
internal static class SampleActivity
{
    // The province and its register are immutable and cost about a second to generate: build them once per process.
    private static readonly Lazy<PartyDataset> ProvinceValue = new(() => SyntheticProvince.Generate(SyntheticProvinceOptions.ThaiNguyen2025), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<SampleWorkData> WorkValue = new(() =>
    {
        var province = ProvinceValue.Value;
        var organizations = IndicatorDataSet.Create(province, province.SnapshotDate, WorkRegister.Empty);
        return SampleWork.Generate(province, organizations, RuleBook.BuiltIn, DeadlineCalculator.Default, OversightCatalogs.BuiltIn);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded province.</summary>
    public static PartyDataset Province => ProvinceValue.Value;

    /// <summary>The embedded province's register of the work, with the facts the early warnings read beside it.</summary>
    public static SampleWorkData Work => WorkValue.Value;

    /// <summary>The year asked for (default: this year, capped at the sample's last year), checked against the years the sample records.</summary>
    public static int Year(CliContext context, int? year)
    {
        var today = context.Clock.GetCurrentInstant().InZone(context.Zone).Date;
        var last = Math.Min(SampleWork.LastYear, SampleWork.DefaultAsOf.Year);
        var y = year ?? Math.Min(today.Year, last);
        if (y < SampleWork.FirstYear || y > last || new NodaTime.LocalDate(y, 1, 1) >= today)
        {
            throw new CliUsageException($"--year {y}: dữ liệu mẫu có các năm {SampleWork.FirstYear}–{last} / the sample records the years {SampleWork.FirstYear}–{last}");
        }

        return y;
    }
}
