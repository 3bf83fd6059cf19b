using KiemTra.Sdk.Diagnostics;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace KiemTra.Sdk.Rules;

/// <summary>
/// The registry of rule sets (<i>sổ quy định</i>): answers "which rule applies to key K for a fact dated D?",
/// following effective dates, amendments and supersessions, and returns the entry with its citation.
/// </summary>
/// <remarks>
/// <para>Selection: among the rule sets that define the key and are in force on the date (effective date on or
/// before it), the latest of the key's lineage wins (sets that define one key must be linked by supersession or
/// amendment, so "latest" is well defined). If a successor of that set has already taken over on the date but does
/// not define the key, the entry is <i>carried over</i> and the answer says so (<see cref="RuleResolution.IsCarriedOver"/>,
/// <see cref="RuleResolution.IsVerified"/> = false).</para>
/// <para>Example: <c>Resolve("discipline.limitation.reprimand", new LocalDate(2026, 9, 1))</c> returns 5 years citing
/// QĐ 69-QĐ/TW, Điều 4, with an explanation that QĐ 212-QĐ/TW (17/8/2026) replaces it but its contents are unverified.</para>
/// <para>The built-in book (<see cref="BuiltIn"/>) is loaded once from the embedded JSON files; hosts add or replace
/// rule sets with <see cref="WithRuleSets"/>, which returns a new, re-validated book.</para>
/// </remarks>
public sealed class RuleBook
{
    private static readonly Lazy<RuleBook> BuiltInBook = new(() => Create(Documents.EmbeddedDocuments.RuleSets()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableDictionary<RecordId<RuleSet>, RuleSet> _byId;
    private readonly ImmutableDictionary<string, ImmutableArray<RuleSet>> _byKey;

    private RuleBook(ImmutableArray<RuleSet> ruleSets)
    {
        RuleSets = ruleSets;
        _byId = ruleSets.ToImmutableDictionary(s => s.Id);
        _byKey = ruleSets
            .SelectMany(s => s.Entries.Select(e => (e.Key, Set: s)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToImmutableDictionary(
                g => g.Key,
                g => g.Select(x => x.Set).OrderBy(s => s.EffectiveFrom).ThenBy(s => s.IssuedOn).ThenBy(s => s.Id).ToImmutableArray(),
                StringComparer.Ordinal);
    }

    /// <summary>The built-in rule sets (embedded JSON under <c>Data/rules</c>), loaded once on first use.</summary>
    public static RuleBook BuiltIn => BuiltInBook.Value;

    /// <summary>Every rule set, in the order given.</summary>
    public ImmutableArray<RuleSet> RuleSets { get; }

    /// <summary>Every key defined by some rule set, sorted.</summary>
    public IEnumerable<string> Keys => _byKey.Keys.OrderBy(k => k, StringComparer.Ordinal);

    /// <summary>Creates a book from rule sets, validating their links.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSets"/> is null.</exception>
    /// <exception cref="DataFormatException">Two sets share an id; a supersession or amendment id is dangling or
    /// forms a cycle; a key is defined by two sets that are not linked by supersession or amendment.</exception>
    public static RuleBook Create(IEnumerable<RuleSet> ruleSets)
    {
        ArgumentNullException.ThrowIfNull(ruleSets);
        var list = ruleSets.ToImmutableArray();
        Validate(list);
        return new RuleBook(list);
    }

    /// <summary>Returns a new book with <paramref name="ruleSets"/> added; a set with an existing id replaces it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSets"/> is null.</exception>
    /// <exception cref="DataFormatException">The result is inconsistent (see <see cref="Create"/>).</exception>
    public RuleBook WithRuleSets(IEnumerable<RuleSet> ruleSets)
    {
        ArgumentNullException.ThrowIfNull(ruleSets);
        var added = ruleSets.ToList();
        var replaced = added.Select(s => s.Id).ToHashSet();
        return Create(RuleSets.Where(s => !replaced.Contains(s.Id)).Concat(added));
    }

    /// <summary>The rule set with id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No rule set has that id.</exception>
    public RuleSet GetRuleSet(RecordId<RuleSet> id)
        => _byId.TryGetValue(id, out var set) ? set : throw new KeyNotFoundException($"No rule set has the id '{id}'.");

    /// <summary>Finds the rule set with id <paramref name="id"/>.</summary>
    public bool TryGetRuleSet(RecordId<RuleSet> id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RuleSet? ruleSet) => _byId.TryGetValue(id, out ruleSet);

    /// <summary>The entry in force for <paramref name="key"/> on <paramref name="asOf"/> (the date of the fact judged).</summary>
    /// <exception cref="RuleNotFoundException">The key is unknown, no set defining it was in force on the date, or it was repealed.</exception>
    public RuleResolution Resolve(string key, LocalDate asOf)
    {
        var result = TryResolveCore(key, asOf, out var failure);
        return result ?? throw failure!;
    }

    /// <summary>Like <see cref="Resolve"/>, but returns false instead of throwing; <paramref name="failure"/> says why.</summary>
    public bool TryResolve(
        string key,
        LocalDate asOf,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RuleResolution? resolution,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out RuleNotFoundException? failure)
    {
        resolution = TryResolveCore(key, asOf, out failure);
        return resolution is not null;
    }

    private RuleResolution? TryResolveCore(string key, LocalDate asOf, out RuleNotFoundException? failure)
    {
        failure = null;
        var date = asOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        if (key is null || !_byKey.TryGetValue(key, out var sets))
        {
            failure = new RuleNotFoundException(key ?? string.Empty, asOf, RuleNotFoundReason.UnknownKey, $"No rule set defines the rule key '{key}' (asked for {date}).");
            return null;
        }

        RuleSet? chosen = null;
        foreach (var set in sets)
        {
            if (set.EffectiveFrom <= asOf)
            {
                chosen = set;
            }
        }

        if (chosen is null)
        {
            var first = sets[0];
            failure = new RuleNotFoundException(key, asOf, RuleNotFoundReason.NotYetInForce, $"No rule for '{key}' was in force on {date}; the earliest is {first.Id} from {first.EffectiveFrom:uuuu-MM-dd}.");
            return null;
        }

        chosen.TryGetEntry(key, out var entry);
        if (entry!.Value.IsRepealed)
        {
            failure = new RuleNotFoundException(key, asOf, RuleNotFoundReason.Repealed, $"The rule '{key}' was repealed by {chosen.Id} ({chosen.Instrument}) from {chosen.EffectiveFrom:uuuu-MM-dd}; asked for {date}.");
            return null;
        }

        var carried = ImmutableArray.CreateBuilder<RuleSet>();
        var links = ImmutableArray.CreateBuilder<bool>();
        var current = SupersessionHolder(chosen);
        while (current.SupersededBy is { } nextId && _byId.TryGetValue(nextId, out var successor))
        {
            var takeover = current.SupersededOn ?? successor.EffectiveFrom;
            if (takeover > asOf || successor.EffectiveFrom > asOf || successor.TryGetEntry(key, out _))
            {
                break;
            }

            carried.Add(successor);
            links.Add(current.SupersessionVerified);
            current = successor;
        }

        return new RuleResolution(key, asOf, chosen, entry, carried.ToImmutable(), links.ToImmutable());
    }

    /// <summary>An amending set is superseded together with the set it amends.</summary>
    private RuleSet SupersessionHolder(RuleSet set)
    {
        var current = set;
        var guard = 0;
        while (current.SupersededBy is null && current.Amends is { } amended && _byId.TryGetValue(amended, out var baseSet) && guard++ < _byId.Count)
        {
            current = baseSet;
        }

        return current;
    }

    /// <summary>A refusal of the book, named after the rule set (the source of the problem) and the JSON pointer in its document.</summary>
    private static DataFormatException Refuse(RuleSet set, string path, string value, string code, string vietnamese, string english)
        => new($"rule set {set.Id}", path, null, value, code, LocalizedText.Of(vietnamese, english));

    private static void Validate(ImmutableArray<RuleSet> sets)
    {
        var byId = new Dictionary<RecordId<RuleSet>, RuleSet>();
        foreach (var set in sets)
        {
            ArgumentNullException.ThrowIfNull(set, nameof(sets));
            if (!byId.TryAdd(set.Id, set))
            {
                throw Refuse(set, "/id", set.Id.Value, ErrorCodes.DocumentIdDuplicate, "hai bộ quy định có cùng mã", "Two rule sets have the same id.");
            }
        }

        var lineage = new Dictionary<RecordId<RuleSet>, RecordId<RuleSet>>();
        RecordId<RuleSet> Root(RecordId<RuleSet> id)
        {
            while (lineage.TryGetValue(id, out var parent) && parent != id)
            {
                id = parent;
            }

            return id;
        }

        foreach (var set in sets)
        {
            lineage.TryAdd(set.Id, set.Id);
        }

        foreach (var set in sets)
        {
            foreach (var (field, target) in new[] { ("/supersededBy", set.SupersededBy), ("/amends", set.Amends) })
            {
                if (target is null)
                {
                    continue;
                }

                if (!byId.TryGetValue(target.Value, out var other))
                {
                    throw Refuse(set, field, target.Value.Value, ErrorCodes.DocumentReferenceUnknown, "không có bộ quy định nào có mã này", "No rule set has this id.");
                }

                if (field == "/supersededBy" && other.EffectiveFrom < set.EffectiveFrom)
                {
                    throw Refuse(set, field, target.Value.Value, ErrorCodes.DocumentRuleViolated, $"bộ quy định thay thế có hiệu lực từ {other.EffectiveFrom:uuuu-MM-dd}, trước bộ này ({set.EffectiveFrom:uuuu-MM-dd})", $"The successor takes effect on {other.EffectiveFrom:uuuu-MM-dd}, before this set ({set.EffectiveFrom:uuuu-MM-dd}).");
                }

                lineage[Root(set.Id)] = Root(target.Value);
            }
        }

        foreach (var set in sets)
        {
            var seen = new HashSet<RecordId<RuleSet>> { set.Id };
            var current = set;
            while (current.SupersededBy is { } next)
            {
                if (!seen.Add(next))
                {
                    throw Refuse(set, "/supersededBy", next.Value, ErrorCodes.DocumentRuleViolated, "các liên kết thay thế tạo thành vòng lặp", "The supersession links form a cycle.");
                }

                current = byId[next];
            }
        }

        var owner = new Dictionary<string, RuleSet>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            for (var i = 0; i < set.Entries.Length; i++)
            {
                var key = set.Entries[i].Key;
                if (owner.TryGetValue(key, out var other) && Root(other.Id) != Root(set.Id))
                {
                    throw Refuse(
                        set,
                        $"/entries/{i}/key",
                        key,
                        ErrorCodes.DocumentIdDuplicate,
                        $"bộ quy định {other.Id} định nghĩa cùng khóa này, nhưng hai bộ không liên kết bằng thay thế hoặc sửa đổi",
                        $"Rule set {other.Id} defines the same key, but the two sets are not linked by supersession or amendment.");
                }

                owner.TryAdd(key, set);
            }
        }
    }
}
