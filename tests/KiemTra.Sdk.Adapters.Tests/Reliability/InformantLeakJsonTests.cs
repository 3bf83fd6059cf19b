using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Json;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.FluentValidation.Denunciations;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Serialization.SystemTextJson;
using NodaTime;

namespace KiemTra.Sdk.Adapters.Tests.Reliability;

/// <summary>
/// Nothing leaked through JSON (issue 8, R-D6): a planted informant identity (name, citizen id, phone, address) in a
/// named denunciation; the denunciation at every stage of its life, and every object reachable from it by its public
/// properties, is serialised with <c>ConfigureForKiemTra</c> (directly, boxed as <see cref="object"/>, inside lists and
/// dictionaries, indented and not). Every JSON text and every refusal (<see cref="JsonException"/> message and
/// <c>ToString()</c>) is searched for the identity.
/// </summary>
public class InformantLeakJsonTests
{
    private const string Name = "Phạm Thị Kín Đáo Vxqz";
    private const string CitizenId = "079199012345";
    private const string Phone = "0912 345 678";
    private const string Address = "Số 99 ngõ Bí Ẩn, phường Yên Lặng";

    private static readonly string[] Needles = new[] { Name, CitizenId, Phone, Address, "Vxqz", "Kín Đáo", "Bí Ẩn", "Yên Lặng" }
        .SelectMany(n => new[] { n, n.Normalize(NormalizationForm.FormD), JsonEncodedText.Encode(n).ToString() }).Distinct().ToArray();

    private static readonly LocalDate Received = new(2026, 3, 2);

    [Fact]
    public void EveryStageAndEveryReachableObject_SerialisedWithConfigureForKiemTra_HoldsNoPartOfTheIdentity()
    {
        // R-D6
        var letter = Denunciation.Create(
            DenunciationId.From("TC-LEAK-JSON"),
            DisciplineSubject.OfFullMember(MemberId.From("M-LEAK"), holdsPost: true),
            DenunciationSource.Named,
            ProtectedInformant.Create(Name, Address, $"{Phone}; CCCD {CitizenId}"),
            [Allegation.Create(AllegationId.From("A1"), "Nhận tiền khi cấp phép xây dựng"), Allegation.Create(AllegationId.From("A2"), "Kê khai tài sản không trung thực")],
            [new DenunciationReceipt(OrganizationId.From("TN.X01.UBKT"), Received, IsCompetent: true)]);
        var assessed = letter.WithIntake(DenunciationIntake.Assess(letter, [], RuleBook.BuiltIn, Received));
        var concluded = assessed.Conclude(AllegationId.From("A1"), AllegationConclusion.TrueWithViolation, Received.PlusDays(20)).Conclude(AllegationId.From("A2"), AllegationConclusion.False, Received.PlusDays(21));
        object[] roots =
        [
            letter, assessed, concluded, concluded.ForVerifiers(), concluded.ResolutionDeadline(RuleBook.BuiltIn, DeadlineCalculator.Default), DenunciationStatistics.Compute([letter, concluded]),
            new List<Denunciation> { letter, concluded }, new Dictionary<string, object> { ["letter"] = concluded, ["informant"] = concluded.Informant! },
            new InformantAccess { DenunciationId = concluded.Id, AccessedBy = "officer-7", Purpose = "xác minh" },
            // Issue 15 item 8: anything holding one — a register of the work, and the FluentValidation package's draft.
            WorkRegister.CreateBuilder().AddDenunciation(assessed).Build(),
            new DenunciationDraft("TC-LEAK-DRAFT", new DenouncedSubjectDraft(null, "M-LEAK", HoldsPost: true), DenunciationSource.Named, new InformantDraft(Name, Address, $"{Phone}; CCCD {CitizenId}"),
                [new AllegationDraft("A1", "Nhận tiền")], Received),
        ];

        var written = 0;
        var refused = 0;
        foreach (var options in new[] { new JsonSerializerOptions().ConfigureForKiemTra(), new JsonSerializerOptions { WriteIndented = true, IncludeFields = true }.ConfigureForKiemTra() })
        {
            foreach (var node in Reachable(roots))
            {
                foreach (var attempt in new Func<string>[] { () => JsonSerializer.Serialize(node, node.GetType(), options), () => JsonSerializer.Serialize<object>(node, options) })
                {
                    try
                    {
                        AssertNoLeak(attempt(), $"JSON of {node.GetType().Name}");
                        written++;
                    }
                    catch (Exception ex) when (ex is JsonException or NotSupportedException)
                    {
                        AssertNoLeak(ex.ToString(), $"refusal to write {node.GetType().Name}");
                        refused++;
                    }
                }
            }
        }

        using (var register = new MemoryStream())
        {
            WorkRegisterJson.Write(WorkRegister.CreateBuilder().AddDenunciation(concluded).Build(), register);
            AssertNoLeak(Encoding.UTF8.GetString(register.ToArray()), "WorkRegisterJson of a register holding the denunciation");
        }

        Assert.True(written > 50, $"only {written} objects written");
        Assert.True(refused > 0, "the informant was never refused: the walk did not reach it");
    }

    private static void AssertNoLeak(string text, string where)
    {
        foreach (var needle in Needles)
        {
            Assert.False(text.Contains(needle, StringComparison.OrdinalIgnoreCase), $"{where} contains '{needle}':\n{(text.Length > 1500 ? text[..1500] : text)}");
        }
    }

    /// <summary>Every object reachable through public instance properties and enumerations (NodaTime values and primitives are leaves).</summary>
    private static List<object> Reachable(IEnumerable<object> roots)
    {
        var result = new List<object>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var queue = new Queue<object>(roots);
        while (queue.Count > 0 && result.Count < 5000)
        {
            var node = queue.Dequeue();
            var type = node.GetType();
            if ((!type.IsValueType && !seen.Add(node)) || node is string || type.IsPrimitive || type.IsEnum)
            {
                continue;
            }

            result.Add(node);
            if (type.Namespace?.StartsWith("NodaTime", StringComparison.Ordinal) == true)
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

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                if (property.GetValue(node) is { } value)
                {
                    queue.Enqueue(value);
                }
            }
        }

        return result;
    }
}
