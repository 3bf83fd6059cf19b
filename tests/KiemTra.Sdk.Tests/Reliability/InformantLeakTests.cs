using System.Collections;
using System.Reflection;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Tests.Reliability;

/// <summary>
/// Nothing leaked (issue 8, R-D6): a distinctive informant identity — name, citizen id, phone, address — is planted
/// in a named denunciation, which is then taken through its whole life (intake, extra receipt, conclusions, the
/// verifiers' copy, time limits, statistics, failed calls). Everything public that can be read from any of them —
/// every property reachable by reflection, every <c>ToString()</c>, every exception — is searched for the identity.
/// </summary>
public class InformantLeakTests
{
    internal const string Name = "Phạm Thị Kín Đáo Vxqz";
    internal const string CitizenId = "079199012345";
    internal const string Phone = "0912 345 678";
    internal const string Address = "Số 99 ngõ Bí Ẩn, phường Yên Lặng";

    /// <summary>Every part of the identity (and distinctive fragments of it), in NFC and NFD.</summary>
    internal static readonly string[] Needles = new[] { Name, CitizenId, Phone, Address, "Vxqz", "Kín Đáo", "Bí Ẩn", "Yên Lặng", "0912345678" }
        .SelectMany(n => new[] { n, n.Normalize(System.Text.NormalizationForm.FormD) }).Distinct().ToArray();

    private static readonly LocalDate Received = new(2026, 3, 2);
    private static readonly OrganizationId Commission = OrganizationId.From("TN.X01.UBKT");

    internal static Denunciation Planted() => Denunciation.Create(
        DenunciationId.From("TC-LEAK-1"),
        DisciplineSubject.OfFullMember(MemberId.From("M-LEAK"), holdsPost: true),
        DenunciationSource.Named,
        ProtectedInformant.Create(Name, Address, $"{Phone}; CCCD {CitizenId}"),
        [Allegation.Create(AllegationId.From("A1"), "Nhận tiền khi cấp phép xây dựng"), Allegation.Create(AllegationId.From("A2"), "Kê khai tài sản không trung thực")],
        [new DenunciationReceipt(OrganizationId.From("TN.X01.VP"), Received.PlusDays(-3), IsCompetent: false), new DenunciationReceipt(Commission, Received, IsCompetent: true)]);

    internal static void AssertNoLeak(string text, string where)
    {
        foreach (var needle in Needles)
        {
            Assert.False(text.Contains(needle, StringComparison.OrdinalIgnoreCase), $"{where} contains '{needle}':\n{(text.Length > 2000 ? text[..2000] : text)}");
        }
    }

    [Fact]
    public void EveryReadablePart_OfADenunciationThroughItsLife_HoldsNoPartOfTheIdentity()
    {
        // R-D6: walk every public property of every object reachable from each stage, calling ToString on each.
        var letter = Planted();
        var assessed = letter.WithIntake(DenunciationIntake.Assess(letter, [], RuleBook.BuiltIn, Received));
        var received = assessed.WithReceipt(new DenunciationReceipt(OrganizationId.From("TN.UBKT"), Received.PlusDays(1), IsCompetent: false));
        var concluded = received.Conclude(AllegationId.From("A1"), AllegationConclusion.TrueWithViolation, Received.PlusDays(20)).Conclude(AllegationId.From("A2"), AllegationConclusion.False, Received.PlusDays(21));
        object[] roots =
        [
            letter, assessed, received, concluded, concluded.ForVerifiers(), assessed.Intake!,
            concluded.ResolutionDeadline(RuleBook.BuiltIn, DeadlineCalculator.Default), concluded.ExtendedResolutionDeadline(RuleBook.BuiltIn, DeadlineCalculator.Default, 10),
            DenunciationStatistics.Compute([letter, assessed, concluded]), DenunciationStatistics.Compute([concluded]).Summary,
        ];

        var texts = Walk(roots, out var visited);
        Assert.True(visited > 50, $"only {visited} objects reached: the walk is not exercising the graph");
        Assert.Contains(texts, t => t.Contains("Nhận tiền khi cấp phép", StringComparison.Ordinal)); // it does reach the allegations
        foreach (var text in texts)
        {
            AssertNoLeak(text, "a readable value");
        }
    }

    [Fact]
    public void EveryFailedCall_OnAPlantedDenunciation_HoldsNoPartOfTheIdentity()
    {
        // R-D6: exception messages, ToString (stack included) and Data of every refusal.
        var letter = Planted();
        var concluded = letter.WithIntake(DenunciationIntake.Assess(letter, [], RuleBook.BuiltIn, Received)).Conclude(AllegationId.From("A1"), AllegationConclusion.False, Received.PlusDays(5));
        var calls = new Action[]
        {
            () => concluded.Conclude(AllegationId.From("A1"), AllegationConclusion.TrueWithShortcoming, Received.PlusDays(6)),
            () => concluded.Conclude(AllegationId.From("A9"), AllegationConclusion.TrueWithShortcoming, Received.PlusDays(6)),
            () => concluded.Conclude(AllegationId.From("A2"), AllegationConclusion.TrueWithShortcoming, Received.PlusDays(-400)),
            () => concluded.WithIntake(null!),
            () => concluded.WithReceipt(null!),
            () => concluded.ForVerifiers().RevealInformant(new ListAudit(), "officer", "xác minh"),
            () => concluded.RevealInformant(new ListAudit(), " ", "xác minh"),
            () => concluded.RevealInformant(new ListAudit(), "officer", string.Empty),
            () => concluded.RevealInformant(null!, "officer", "xác minh"),
            () => concluded.RevealInformant(new FailingAudit(), "officer", "xác minh"),
            () => ProtectedInformant.Create(Name + new string('x', ProtectedInformant.MaxLength), Address, Phone),
            () => ProtectedInformant.Create(Name, Address + new string('x', ProtectedInformant.MaxLength), Phone),
            () => ProtectedInformant.Create(Name, Address, Phone + "\n" + new string('9', ProtectedInformant.MaxLength)),
            () => Denunciation.Create(DenunciationId.From("TC-X"), DisciplineSubject.OfFullMember(MemberId.From("M-1"), false), DenunciationSource.Anonymous, ProtectedInformant.Create(Name, Address, Phone), [Allegation.Create(AllegationId.From("A1"), "x")], [new DenunciationReceipt(Commission, Received, true)]),
            () => Denunciation.Create(DenunciationId.From("TC-X"), DisciplineSubject.OfFullMember(MemberId.From("M-1"), false), DenunciationSource.Named, ProtectedInformant.Create(Name, Address, Phone), [], [new DenunciationReceipt(Commission, Received, true)]),
            () => Denunciation.Create(DenunciationId.From("TC-X"), DisciplineSubject.OfFullMember(MemberId.From("M-1"), false), DenunciationSource.Named, ProtectedInformant.Create(Name, Address, Phone), [Allegation.Create(AllegationId.From("A1"), "x")], []),
        };
        var thrown = 0;
        foreach (var call in calls)
        {
            try
            {
                call();
            }
            catch (Exception ex)
            {
                thrown++;
                AssertNoLeak(ex.ToString(), $"{ex.GetType().Name}");
                AssertNoLeak(string.Join(" ", ex.Data.Values.Cast<object?>()), $"{ex.GetType().Name}.Data");
            }
        }

        Assert.True(thrown >= calls.Length - 1, $"only {thrown} of {calls.Length} calls were refused");
    }

    /// <summary>Reads every public instance property (not indexers) of every reachable object; returns every ToString and string value.</summary>
    internal static List<string> Walk(IEnumerable<object> roots, out int visited)
    {
        var texts = new List<string>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var queue = new Queue<object>(roots);
        visited = 0;
        while (queue.Count > 0 && visited < 20_000)
        {
            var node = queue.Dequeue();
            if (!node.GetType().IsValueType && !seen.Add(node))
            {
                continue;
            }

            visited++;
            texts.Add(node.ToString() ?? string.Empty);
            if (node is string || node.GetType().IsPrimitive || node.GetType().IsEnum || node.GetType().Namespace?.StartsWith("NodaTime", StringComparison.Ordinal) == true)
            {
                continue;
            }

            if (node is IEnumerable items)
            {
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        queue.Enqueue(item);
                    }
                }
            }

            foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                try
                {
                    if (property.GetValue(node) is { } value)
                    {
                        queue.Enqueue(value);
                    }
                }
                catch (TargetInvocationException ex)
                {
                    texts.Add(ex.InnerException!.ToString());
                }
            }
        }

        return texts;
    }

    private sealed class ListAudit : IInformantAccessAudit
    {
        public void Record(InformantAccess access)
        {
        }
    }

    private sealed class FailingAudit : IInformantAccessAudit
    {
        public void Record(InformantAccess access) => throw new IOException("audit store unavailable");
    }
}
