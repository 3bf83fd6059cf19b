using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Calendar;

/// <summary>
/// A period in which a public holiday falling on a weekly rest day gives a compensatory day off on the next working day
/// (<i>quy định nghỉ bù</i>), e.g. Labour Code 2019 Art. 111(3).
/// </summary>
/// <param name="EffectiveFrom">The first date the rule applies to.</param>
/// <param name="EffectiveTo">The last date it applies to, or null while in force.</param>
/// <param name="Source">The instrument and article.</param>
public sealed record CompensatoryDayRule(LocalDate EffectiveFrom, LocalDate? EffectiveTo, RuleCitation Source);
