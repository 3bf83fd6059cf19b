using KiemTra.Sdk.Serialization.SystemTextJson;
using KiemTra.SampleProvince;
using KiemTra.Sdk;
using KiemTra.Sdk.FluentValidation.Inspection;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;

namespace KiemTra.WebHost.Hosting;

/// <summary>
/// Registers the SDK through the DI package (<c>AddKiemTraSdk</c>: clock, Hà Nội zone, working calendar, rule book,
/// deadline calculator and monitor, authority rules) plus what the host adds: the party dataset and the oversight
/// catalogues, and the register indicators, statistics and warnings are evaluated from (<see cref="HostRegister"/>: what
/// the database holds, on a <see cref="RegisterSeed"/>: the sample years 2025–2026 of <see cref="SampleWork"/> over the
/// embedded province by default, none when <c>KiemTra:DatasetPath</c> names a dataset or <c>KiemTra:SampleRegister</c> is
/// <c>false</c>). Host data files come
/// from configuration: <c>KiemTra:HolidayScheduleFiles</c>, <c>KiemTra:RuleSetFiles</c> and
/// <c>KiemTra:IndicatorCatalogueFiles</c> (arrays of paths), e.g. a province's rule pack (samples/ProvinceRulePack).
/// </summary>
/// <remarks>
/// The dataset is <c>KiemTra:DatasetPath</c> (a dataset JSON file, see docs/hierarchy.md) when set, otherwise the
/// SDK's synthetic Thái Nguyên province (generated in memory on first use, about a second).
/// </remarks>
internal static class SdkRegistration
{
    /// <summary>
    /// Adds the validation package's validators of the request models the host reads (<see cref="OversightCaseDraft"/>, <see cref="CaseStepDraft"/>, <see cref="ProgramDraft"/>, the denunciation drafts (receipt, intake, conclusion, informant access), the recommendation, completion and deadline drafts),
    /// as singletons over the host's catalogues, clock and zone (validators hold no state between calls).
    /// </summary>
    public static IServiceCollection AddKiemTraValidators(this IServiceCollection services)
    {
        services.AddSingleton<FluentValidation.IValidator<OversightCaseDraft>>(sp =>
            new OversightCaseDraftValidator(sp.GetRequiredService<OversightCatalogs>(), sp.GetRequiredService<NodaTime.IClock>(), sp.GetRequiredService<NodaTime.DateTimeZone>()));
        services.AddSingleton<FluentValidation.IValidator<KiemTra.Sdk.FluentValidation.Denunciations.DenunciationDraft>>(sp =>
            new KiemTra.Sdk.FluentValidation.Denunciations.DenunciationDraftValidator(sp.GetRequiredService<NodaTime.IClock>(), sp.GetRequiredService<NodaTime.DateTimeZone>()));
        services.AddSingleton<FluentValidation.IValidator<ProgramDraft>>(sp =>
            new ProgramDraftValidator(sp.GetRequiredService<OversightCatalogs>(), sp.GetRequiredService<NodaTime.IClock>(), sp.GetRequiredService<NodaTime.DateTimeZone>()));
        services.AddSingleton<FluentValidation.IValidator<CaseStepDraft>>(sp =>
            new CaseStepDraftValidator(sp.GetRequiredService<OversightCatalogs>(), sp.GetRequiredService<NodaTime.IClock>(), sp.GetRequiredService<NodaTime.DateTimeZone>()));
        services.AddSingleton<FluentValidation.IValidator<KiemTra.Sdk.FluentValidation.FollowUp.RecommendationDraft>>(sp =>
            new KiemTra.Sdk.FluentValidation.FollowUp.RecommendationDraftValidator(sp.GetRequiredService<NodaTime.IClock>(), sp.GetRequiredService<NodaTime.DateTimeZone>()));
        services.AddSingleton<FluentValidation.IValidator<KiemTra.Sdk.FluentValidation.FollowUp.CompletionDraft>>(sp =>
            new KiemTra.Sdk.FluentValidation.FollowUp.CompletionDraftValidator(sp.GetRequiredService<NodaTime.IClock>(), sp.GetRequiredService<NodaTime.DateTimeZone>()));
        services.AddSingleton<FluentValidation.IValidator<KiemTra.Sdk.FluentValidation.Denunciations.DenunciationIntakeDraft>>(sp =>
            new KiemTra.Sdk.FluentValidation.Denunciations.DenunciationIntakeDraftValidator(sp.GetRequiredService<NodaTime.IClock>(), sp.GetRequiredService<NodaTime.DateTimeZone>()));
        services.AddSingleton<FluentValidation.IValidator<KiemTra.Sdk.FluentValidation.Denunciations.AllegationConclusionDraft>>(sp =>
            new KiemTra.Sdk.FluentValidation.Denunciations.AllegationConclusionDraftValidator(sp.GetRequiredService<NodaTime.IClock>(), sp.GetRequiredService<NodaTime.DateTimeZone>()));
        services.AddSingleton<FluentValidation.IValidator<KiemTra.Sdk.FluentValidation.Denunciations.InformantAccessDraft>>(new KiemTra.Sdk.FluentValidation.Denunciations.InformantAccessDraftValidator());
        services.AddSingleton<FluentValidation.IValidator<KiemTra.Sdk.FluentValidation.FollowUp.DeadlineDraft>>(new KiemTra.Sdk.FluentValidation.FollowUp.DeadlineDraftValidator());
        return services;
    }

    /// <summary>Adds the SDK services as singletons (all are immutable and thread-safe).</summary>
    public static IServiceCollection AddKiemTraCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddKiemTraSdk(o =>
        {
            foreach (var file in configuration.GetSection("KiemTra:HolidayScheduleFiles").Get<string[]>() ?? [])
            {
                o.AddHolidayScheduleFile(file);
            }

            foreach (var file in configuration.GetSection("KiemTra:RuleSetFiles").Get<string[]>() ?? [])
            {
                o.AddRuleSetFile(file);
            }

            // "IndicatorCatalogFiles" is the key before the SDK settled on one spelling; it is still read.
            foreach (var file in (configuration.GetSection("KiemTra:IndicatorCatalogueFiles").Get<string[]>() ?? [])
                .Concat(configuration.GetSection("KiemTra:IndicatorCatalogFiles").Get<string[]>() ?? []))
            {
                o.AddIndicatorCatalogFile(file);
            }
        });
        services.AddSingleton(OversightCatalogs.BuiltIn);
        services.AddSingleton(sp =>
        {
            var path = sp.GetRequiredService<IConfiguration>()["KiemTra:DatasetPath"];
            if (string.IsNullOrWhiteSpace(path))
            {
                return SyntheticProvince.Generate();
            }

            using var stream = File.OpenRead(path);
            return PartyDatasetJson.Read(stream, Path.GetFileName(path));
        });
        services.AddSingleton(sp => SampleSeed(sp));
        services.AddSingleton<HostRegister>();
        return services;
    }

    /// <summary>
    /// The seed: the sample register of <see cref="SampleWork"/> (2025–2026, generated over the embedded province through
    /// the domain API, every report built on it noting that it is sample data), or none for a host's own dataset or when
    /// <c>KiemTra:SampleRegister</c> is <c>false</c>.
    /// </summary>
    private static RegisterSeed SampleSeed(IServiceProvider sp)
    {
        var configuration = sp.GetRequiredService<IConfiguration>();
        if (!string.IsNullOrWhiteSpace(configuration["KiemTra:DatasetPath"])
            || string.Equals(configuration["KiemTra:SampleRegister"], "false", StringComparison.OrdinalIgnoreCase))
        {
            return RegisterSeed.None;
        }

        var dataset = sp.GetRequiredService<PartyDataset>();
        var work = SampleWork.Generate(dataset, KiemTra.Sdk.Indicators.IndicatorDataSet.Create(dataset, dataset.SnapshotDate, KiemTra.Sdk.Register.WorkRegister.Empty), sp.GetRequiredService<KiemTra.Sdk.Rules.RuleBook>(),
            sp.GetRequiredService<KiemTra.Sdk.Deadlines.DeadlineCalculator>(), sp.GetRequiredService<OversightCatalogs>());
        return new RegisterSeed(work.Register, [SampleWork.Note]);
    }
}
