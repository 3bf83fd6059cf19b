using KiemTra.Sdk;
using KiemTra.Sdk.Organization;
using System.Globalization;
using NodaTime;

namespace KiemTra.SampleProvince;

/// <summary>
/// Deterministic synthetic party data (<i>dữ liệu giả lập</i>) with realistic Vietnamese names: one province sized by
/// <see cref="SyntheticProvinceOptions"/> (the default reproduces Thái Nguyên 10/2025 exactly, R-H1) or the whole
/// country (34 provinces, about 5.6 million members), streamed record by record into an <see cref="IPartyDatasetSink"/>.
/// </summary>
/// <remarks>
/// The same options (seed included) always give the same records in the same order (a SplitMix64 generator, not
/// <see cref="Random"/>). Members all sit in cells or grassroots cells; every cell has at least 3 full members and every
/// grassroots cell fewer than 30 members; every grassroots committee has at least 30; communes and wards have
/// commissions of 5 with a full-time deputy and a non-local chair — so the default province shows only the few
/// findings placed on purpose (see <see cref="SyntheticProvinceOptions.Examples"/>). Only one province's plan
/// (organisations, not members) is held in memory at a time.
/// </remarks>
public static class SyntheticProvince
{
    private static readonly LocalDate Reform = new(2025, 7, 1);
    private static readonly LocalDate Founded = new(1997, 1, 1);

    private static readonly string[] ProvinceNames =
    [
        "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng",
        "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng",
        "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long",
        "Đồng Tháp", "Cà Mau", "An Giang",
    ];

    /// <summary>Generates one province into a new <see cref="PartyDataset"/>.</summary>
    /// <param name="options">The province; null for <see cref="SyntheticProvinceOptions.ThaiNguyen2025"/>.</param>
    public static PartyDataset Generate(SyntheticProvinceOptions? options = null)
    {
        options ??= SyntheticProvinceOptions.ThaiNguyen2025;
        var builder = new PartyDatasetBuilder($"{options.Name} (dữ liệu giả lập)", options.SnapshotDate, $"synthetic:{options.Code}", options.Members);
        Write(options, IPartyDatasetSink.ForBuilder(builder));
        return builder.Build();
    }

    /// <summary>Streams one province into <paramref name="sink"/>: organisations, agencies, lineage, members, then posts.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(SyntheticProvinceOptions options, IPartyDatasetSink sink)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        new ProvincePlan(options).Emit(sink);
    }

    /// <summary>
    /// The options of province <paramref name="index"/> (0–33) of a national dataset of <paramref name="totalMembers"/> members:
    /// about 98 communes and wards, 480 grassroots committees, 990 grassroots cells, 80 sub-committees and 8,000 cells each.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not 0–33, or the members do not fit.</exception>
    public static SyntheticProvinceOptions NationalProvince(int index, int totalMembers = 5_600_000, ulong seed = 2026UL, LocalDate? snapshotDate = null)
    {
        if (index < 0 || index >= ProvinceNames.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"A province index is 0–{ProvinceNames.Length - 1}.");
        }

        var members = (totalMembers / ProvinceNames.Length) + (index < totalMembers % ProvinceNames.Length ? 1 : 0);
        var communes = 77 + (index % 3);
        var wards = 20 + (index % 2);
        return SyntheticProvinceOptions.Create(
            $"P{index + 1:D2}",
            ProvinceNames[index],
            snapshotDate ?? new LocalDate(2026, 6, 30),
            seed + (ulong)index,
            communes,
            wards,
            grassrootsCommittees: 480,
            grassrootsCells: 990,
            subCommittees: 80,
            cells: 8000,
            members,
            examples: index == 0);
    }

    /// <summary>Streams the national dataset (34 provinces, <paramref name="totalMembers"/> members) into <paramref name="sink"/>, one province at a time.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="sink"/> is null.</exception>
    public static void WriteNational(IPartyDatasetSink sink, int totalMembers = 5_600_000, ulong seed = 2026UL)
    {
        ArgumentNullException.ThrowIfNull(sink);
        for (var i = 0; i < ProvinceNames.Length; i++)
        {
            Write(NationalProvince(i, totalMembers, seed), sink);
        }
    }

    /// <summary>Builds the national dataset (about 5.6 million members) directly from the stream.</summary>
    public static PartyDataset GenerateNational(int totalMembers = 5_600_000, ulong seed = 2026UL)
    {
        var builder = new PartyDatasetBuilder("Việt Nam (dữ liệu giả lập)", new LocalDate(2026, 6, 30), "synthetic:national", totalMembers);
        WriteNational(IPartyDatasetSink.ForBuilder(builder), totalMembers, seed);
        return builder.Build();
    }

    private sealed class Unit
    {
        public required string Id { get; init; }

        public required string Name { get; init; }

        public required OrganizationKind Kind { get; init; }

        public required int Parent { get; init; }

        public required LocalDate Created { get; init; }

        public BodyKind[] Bodies { get; init; } = [];

        public bool DelegatedPowers { get; init; }

        public int Block { get; set; } = -1; // index of the directly-subordinate ancestor

        public int Members { get; set; }

        public bool Fixed { get; set; }

        public double Weight { get; set; }

        public int NextOrdinal { get; set; } = 1;

        public int ChildCells { get; set; }

        public int SubCommittees { get; set; }

        public bool Ended { get; set; }

        public bool Local { get; set; }
    }

    private sealed record Officer(int Org, PostKind Kind, bool FullTime, int Cadre, bool? Local);

    private sealed class ProvincePlan
    {
        private readonly SyntheticProvinceOptions _o;
        private readonly SplitMix64 _random;
        private readonly List<Unit> _units = [];
        private readonly List<int> _communes = [];
        private readonly Dictionary<long, List<Officer>> _officers = [];
        private readonly List<(string Org, AdvisoryAgencyKind Kind)> _agencies = [];
        private readonly List<LineageEvent> _lineage = [];
        private readonly HashSet<string> _places = new(StringComparer.Ordinal);
        private readonly LocalDate _created;
        private int _ub;
        private int _cqd;
        private int _ca;
        private int _qs;

        public ProvincePlan(SyntheticProvinceOptions options)
        {
            _o = options;
            _random = new SplitMix64(options.Seed);
            _created = options.SnapshotDate >= Reform ? Reform : Founded;
            Plan();
        }

        public void Emit(IPartyDatasetSink sink)
        {
            foreach (var u in _units)
            {
                sink.Organization(u.Id, u.Name, u.Kind, u.Parent < 0 ? null : _units[u.Parent].Id, u.Created, u.Bodies, false, u.DelegatedPowers);
            }

            foreach (var (org, kind) in _agencies)
            {
                sink.AdvisoryAgency(org, kind);
            }

            foreach (var e in _lineage)
            {
                sink.LineageEvent(e);
            }

            var fullUntil = _o.SnapshotDate.PlusMonths(-12).PlusDays(-1);
            var fullFrom = new LocalDate(1965, 1, 1);
            var fullSpan = Period.Between(fullFrom, fullUntil, PeriodUnits.Days).Days;
            var probationSpan = Period.Between(fullUntil, _o.SnapshotDate, PeriodUnits.Days).Days;
            var posts = new List<(string Member, int Org, PostKind Kind, bool FullTime)>();
            var seq = 0;
            for (var ui = 0; ui < _units.Count; ui++)
            {
                var u = _units[ui];
                for (var ordinal = 0; ordinal < u.Members; ordinal++)
                {
                    var id = string.Create(CultureInfo.InvariantCulture, $"{_o.Code}.M{++seq:D6}");
                    _officers.TryGetValue(Key(ui, ordinal), out var roles);
                    var probationary = roles is null && ordinal >= 3 && (u.Fixed ? ordinal == u.Members - 1 : _random.Next(100) < 3);
                    if (u.Fixed && ordinal == u.Members - 1)
                    {
                        probationary = true;
                    }

                    var admitted = probationary ? fullUntil.PlusDays(1 + _random.Next(probationSpan)) : fullFrom.PlusDays(_random.Next(fullSpan));
                    var cadre = -1;
                    bool? local = u.Local ? true : null;
                    foreach (var role in (IEnumerable<Officer>?)roles ?? [])
                    {
                        posts.Add((id, role.Org, role.Kind, role.FullTime));
                        cadre = role.Cadre >= 0 ? role.Cadre : cadre;
                        local = role.Local ?? local;
                    }

                    sink.Member(id, VietnameseNames.PersonName(_random), u.Id, probationary ? MemberStatus.Probationary : MemberStatus.Full, admitted, cadre < 0 ? null : _units[cadre].Id, local);
                }
            }

            foreach (var (member, org, kind, fullTime) in posts)
            {
                sink.Post(member, _units[org].Id, kind, fullTime);
            }
        }

        private static long Key(int unit, int ordinal) => ((long)unit << 20) | (uint)ordinal;

        /// <summary>A leading committee's elected bodies beyond the committee: standing committee and inspection commission.</summary>
        private static readonly BodyKind[] Leading = [BodyKind.StandingCommittee, BodyKind.InspectionCommission];

        /// <summary>An inspection commission only.</summary>
        private static readonly BodyKind[] Commission = [BodyKind.InspectionCommission];

        private int Add(string id, string name, OrganizationKind kind, int parent, LocalDate created, BodyKind[]? bodies = null, bool delegatedPowers = false)
        {
            _units.Add(new Unit { Id = id, Name = name, Kind = kind, Parent = parent, Created = created, Bodies = bodies ?? [], DelegatedPowers = delegatedPowers, Block = parent < 0 ? -1 : _units[parent].Block < 0 && parent != 0 ? parent : _units[parent].Block });
            var index = _units.Count - 1;
            if (parent == 0)
            {
                _units[index].Block = index;
            }

            return index;
        }

        private void Plan()
        {
            var root = Add(_o.Code, $"Đảng bộ tỉnh {_o.Name}", OrganizationKind.Province, -1, Founded, Leading);
            foreach (var agency in new[] { AdvisoryAgencyKind.Organization, AdvisoryAgencyKind.PropagandaAndMassMobilization, AdvisoryAgencyKind.InternalAffairs, AdvisoryAgencyKind.Office, AdvisoryAgencyKind.InspectionCommissionOffice })
            {
                _agencies.Add((_o.Code, agency));
            }

            for (var i = 0; i < _o.Communes + _o.Wards; i++)
            {
                var ward = i >= _o.Communes;
                var place = VietnameseNames.PlaceName(_random, _places);
                var id = ward ? $"{_o.Code}.P{i - _o.Communes + 1:D3}" : $"{_o.Code}.X{i + 1:D3}";
                var unit = Add(id, ward ? $"Đảng bộ phường {place}" : $"Đảng bộ xã {place}", ward ? OrganizationKind.Ward : OrganizationKind.Commune, root, _created, Leading, delegatedPowers: true);
                _units[unit].Local = true;
                _communes.Add(unit);
                _agencies.Add((id, AdvisoryAgencyKind.PartyBuildingBoard));
                _agencies.Add((id, AdvisoryAgencyKind.Office));
            }

            _ub = Add($"{_o.Code}.UB", "Đảng bộ Ủy ban nhân dân tỉnh", OrganizationKind.PeoplesCommitteeOrganization, root, _created, Leading);
            _cqd = Add($"{_o.Code}.CQD", "Đảng bộ các cơ quan Đảng tỉnh", OrganizationKind.PartyAgencies, root, _created, Leading);
            _ca = Add($"{_o.Code}.CA", "Đảng bộ Công an tỉnh", OrganizationKind.Police, root, Founded, Leading);
            _qs = Add($"{_o.Code}.QS", "Đảng bộ Quân sự tỉnh", OrganizationKind.Military, root, Founded, Leading);

            var grassrootsCommittees = PlaceGrassroots(OrganizationKind.GrassrootsCommittee, _o.GrassrootsCommittees, [0.30, 0.04, 0.10, 0.07]);
            PlaceGrassroots(OrganizationKind.GrassrootsCell, _o.GrassrootsCells, [0.20, 0.06, 0.02, 0.02]);
            var subs = PlaceSubCommittees(grassrootsCommittees);
            PlaceCells(grassrootsCommittees, subs);
            if (_o.Examples && _o.SnapshotDate > new LocalDate(2025, 9, 1))
            {
                PlaceLineageExamples(root);
            }

            SizeUnits();
            AssignOfficers(root);
        }

        private List<int> PlaceGrassroots(OrganizationKind kind, int count, double[] blocShares)
        {
            var blocs = new[] { _ub, _cqd, _ca, _qs };
            var placed = new List<int>();
            var perParent = new Dictionary<int, int>();
            for (var i = 0; i < count; i++)
            {
                var r = _random.NextDouble();
                var parent = -1;

                // The first grassroots cells go one to each bloc, so that every bloc has members for its officers.
                if (kind == OrganizationKind.GrassrootsCell && i < blocs.Length)
                {
                    parent = blocs[i];
                    r = double.MaxValue;
                }

                for (var b = 0; b < blocs.Length && parent < 0 && r < 1; b++)
                {
                    r -= blocShares[b];
                    if (r < 0)
                    {
                        parent = blocs[b];
                    }
                }

                parent = parent < 0 ? _communes[_random.Next(_communes.Count)] : parent;
                var n = perParent[parent] = perParent.GetValueOrDefault(parent) + 1;
                var committee = kind == OrganizationKind.GrassrootsCommittee;
                var prefix = committee ? "Đảng bộ" : "Chi bộ";
                var p = _units[parent];
                var unitName = parent == _ub ? _random.Pick(VietnameseNames.Departments)
                    : parent == _ca ? _random.Pick(VietnameseNames.PoliceUnits)
                    : parent == _qs ? _random.Pick(VietnameseNames.MilitaryUnits)
                    : parent == _cqd ? _random.Pick(VietnameseNames.AgencyUnits)
                    : $"{_random.Pick(VietnameseNames.CommuneUnits)} {p.Name[(p.Name.IndexOf(' ', 8) + 1)..]}";
                var created = p.Kind is OrganizationKind.Commune or OrganizationKind.Ward ? p.Created : Founded.PlusDays(_random.Next(9000));
                var id = $"{p.Id}.{(committee ? "G" : "S")}{n:D2}";
                var unit = Add(id, $"{prefix} {unitName}", kind, parent, created, committee ? Commission : null);
                _units[unit].Local = p.Local;
                _units[unit].Weight = committee ? 0 : 0.55;
                placed.Add(unit);
            }

            return placed;
        }

        private List<int> PlaceSubCommittees(List<int> grassrootsCommittees)
        {
            var preferred = grassrootsCommittees.Where(g => _units[g].Parent == _ca || _units[g].Parent == _qs || _units[g].Parent == _ub).ToList();
            var candidates = preferred.Count * 2 >= _o.SubCommittees ? preferred : grassrootsCommittees;
            var subs = new List<int>();
            while (subs.Count < _o.SubCommittees)
            {
                var g = candidates[_random.Next(candidates.Count)];
                if (_units[g].SubCommittees >= 2)
                {
                    continue;
                }

                var n = ++_units[g].SubCommittees;
                var unit = Add($"{_units[g].Id}.B{n}", $"Đảng bộ bộ phận Khối {n}", OrganizationKind.SubCommittee, g, _units[g].Created);
                subs.Add(unit);
            }

            return subs;
        }

        private void PlaceCells(List<int> grassrootsCommittees, List<int> subs)
        {
            var containers = new List<int>();
            var weights = new List<double>();
            var total = 0;
            void Minimum(int container, int count)
            {
                for (var i = 0; i < count; i++)
                {
                    AddCell(container);
                    total++;
                }
            }

            foreach (var c in _communes)
            {
                Minimum(c, 1);
                containers.Add(c);
                weights.Add(6);
            }

            foreach (var g in grassrootsCommittees)
            {
                Minimum(g, _units[g].SubCommittees > 0 ? 1 : 3);
                containers.Add(g);
                weights.Add(1.2);
            }

            foreach (var s in subs)
            {
                Minimum(s, 2);
                containers.Add(s);
                weights.Add(1.0);
            }

            var cumulative = new double[weights.Count];
            var sum = 0.0;
            for (var i = 0; i < weights.Count; i++)
            {
                sum += weights[i];
                cumulative[i] = sum;
            }

            while (total < _o.Cells)
            {
                var index = Array.BinarySearch(cumulative, _random.NextDouble() * sum);
                AddCell(containers[index < 0 ? ~index : index]);
                total++;
            }
        }

        private int AddCell(int container)
        {
            var c = _units[container];
            var n = ++c.ChildCells;
            var village = c.Kind is OrganizationKind.Commune or OrganizationKind.Ward;
            var name = village
                ? $"Chi bộ {_random.Pick(VietnameseNames.VillagePrefixes)} {VietnameseNames.VillageWords[(n - 1) % VietnameseNames.VillageWords.Length]}{(n > VietnameseNames.VillageWords.Length ? " " + ((n - 1) / VietnameseNames.VillageWords.Length + 1).ToString(CultureInfo.InvariantCulture) : string.Empty)}"
                : c.Block == _ca ? $"Chi bộ Đội {n}" : c.Block == _qs ? $"Chi bộ Đại đội {n}" : $"Chi bộ Phòng {n}";
            var unit = Add($"{c.Id}.C{n:D3}", name, OrganizationKind.Cell, container, c.Created);
            _units[unit].Local = c.Local;
            _units[unit].Weight = village ? 1.5 + (3 * _random.NextDouble()) : 1.6;
            return unit;
        }

        private void PlaceLineageExamples(int root)
        {
            // A pre-2025 district whose two communes merged into the first commune on 1/7/2025; the district dissolved.
            var district = Add($"{_o.Code}.H01", $"Đảng bộ huyện {VietnameseNames.PlaceName(_random, _places)}", OrganizationKind.District, root, Founded, Leading);
            _units[district].Ended = true;
            for (var i = 1; i <= 2; i++)
            {
                var old = Add($"{_o.Code}.H01.X{i:D2}", $"Đảng bộ xã {VietnameseNames.PlaceName(_random, _places)}", OrganizationKind.Commune, district, Founded, Commission);
                _units[old].Ended = true;
                _lineage.Add(LineageEvent.MergedInto(OrganizationId.From(_units[old].Id), Reform, OrganizationId.From(_units[_communes[0]].Id)));
            }

            _lineage.Add(LineageEvent.Dissolved(OrganizationId.From(_units[district].Id), Reform));

            // A village cell dissolved on 1/9/2025 (its members moved to another cell).
            var second = _communes[Math.Min(1, _communes.Count - 1)];
            var cell = AddCell(second);
            _units[cell].Ended = true;
            _lineage.Add(LineageEvent.Dissolved(OrganizationId.From(_units[cell].Id), new LocalDate(2025, 9, 1)));
        }

        private void SizeUnits()
        {
            var members = _units.Where(u => !u.Ended && u.Kind is OrganizationKind.Cell or OrganizationKind.GrassrootsCell).ToList();
            Unit? small = null;
            if (_o.Examples && _communes.Count > 16)
            {
                // A village cell down to three members, one of them probationary: two full members (ORG-CELL-MIN-FULL-MEMBERS).
                small = _units.First(u => u.Parent == _communes[16] && u.Kind == OrganizationKind.Cell && !u.Ended);
                small.Members = 3;
                small.Fixed = true;
            }

            foreach (var u in members.Where(u => !u.Fixed))
            {
                u.Members = 5;
            }

            var remaining = _o.Members - members.Sum(u => u.Members);
            var weight = members.Where(u => !u.Fixed).Sum(u => u.Weight);
            foreach (var u in members.Where(u => !u.Fixed))
            {
                var share = (int)(remaining * u.Weight / weight);
                u.Members += u.Kind == OrganizationKind.GrassrootsCell ? Math.Min(share, 24) : share;
            }

            var open = members.Where(u => !u.Fixed).ToList();
            var left = _o.Members - members.Sum(u => u.Members);
            while (left > 0)
            {
                var u = open[_random.Next(open.Count)];
                if (u.Kind == OrganizationKind.GrassrootsCell && u.Members >= 29)
                {
                    continue;
                }

                u.Members++;
                left--;
            }

            // Every grassroots committee reaches 30 members: move members from the largest village cells.
            var donors = members.Where(u => !u.Fixed && u.Kind == OrganizationKind.Cell && _units[u.Parent].Kind is OrganizationKind.Commune or OrganizationKind.Ward)
                .OrderByDescending(u => u.Members).ThenBy(u => u.Id, StringComparer.Ordinal).ToList();
            var donor = 0;
            var byCommittee = new Dictionary<Unit, List<Unit>>();
            foreach (var u in members)
            {
                for (var p = u.Parent; p >= 0; p = _units[p].Parent)
                {
                    if (_units[p].Kind == OrganizationKind.GrassrootsCommittee)
                    {
                        if (!byCommittee.TryGetValue(_units[p], out var list))
                        {
                            byCommittee[_units[p]] = list = [];
                        }

                        list.Add(u);
                        break;
                    }
                }
            }

            foreach (var committee in _units.Where(u => u.Kind == OrganizationKind.GrassrootsCommittee))
            {
                var cells = byCommittee.GetValueOrDefault(committee) ?? [];
                var deficit = 30 - cells.Sum(u => u.Members);
                for (var i = 0; deficit > 0 && cells.Count > 0; i++, deficit--)
                {
                    while (donors[donor % donors.Count].Members <= 10)
                    {
                        donor++;
                    }

                    donors[donor % donors.Count].Members--;
                    donor++;
                    cells[i % cells.Count].Members++;
                }
            }
        }

        private void AssignOfficers(int root)
        {
            // Member units by the organisation whose subtree they belong to, in plan order.
            var children = new List<int>[_units.Count];
            for (var i = 0; i < _units.Count; i++)
            {
                children[i] = [];
                if (_units[i].Parent >= 0)
                {
                    children[_units[i].Parent].Add(i);
                }
            }

            List<int> Pool(int org)
            {
                var result = new List<int>();
                var stack = new Stack<int>();
                stack.Push(org);
                while (stack.Count > 0)
                {
                    var u = stack.Pop();
                    if (_units[u].Members > 0)
                    {
                        result.Add(u);
                    }

                    for (var c = children[u].Count - 1; c >= 0; c--)
                    {
                        stack.Push(children[u][c]);
                    }
                }

                return result;
            }

            // Returns false when the subtree has no member left for the post (a very small synthetic province):
            // the post stays vacant, which the structural checks then report like any real vacancy.
            bool Assign(List<int> pool, ref int cursor, Officer officer)
            {
                for (var attempts = 0; attempts < pool.Count * 2; attempts++)
                {
                    var u = _units[pool[cursor % pool.Count]];
                    cursor++;
                    if (u.NextOrdinal < u.Members - (u.Fixed ? 1 : 0))
                    {
                        var key = Key(pool[(cursor - 1) % pool.Count], u.NextOrdinal++);
                        if (!_officers.TryGetValue(key, out var list))
                        {
                            _officers[key] = list = [];
                        }

                        list.Add(officer);
                        return true;
                    }
                }

                return false;
            }

            var provincePool = Pool(_cqd);
            var cursor = 0;
            _ = Assign(provincePool, ref cursor, new Officer(root, PostKind.Head, true, root, null));
            for (var i = 0; i < 2; i++)
            {
                _ = Assign(provincePool, ref cursor, new Officer(root, PostKind.DeputyHead, true, root, null));
            }

            for (var i = 0; i < 12; i++)
            {
                var kind = i == 0 ? PostKind.CommissionChair : i <= 3 ? PostKind.CommissionDeputyChair : PostKind.CommissionMember;
                _ = Assign(provincePool, ref cursor, new Officer(root, kind, i < 8, root, null));
            }

            for (var u = 0; u < _units.Count; u++)
            {
                var unit = _units[u];
                if (unit.Ended || u == root)
                {
                    continue;
                }

                if (unit.Kind is OrganizationKind.Cell or OrganizationKind.GrassrootsCell)
                {
                    var key = Key(u, 0);
                    _officers[key] = [new Officer(u, PostKind.Head, false, -1, null), .. _officers.GetValueOrDefault(key) ?? []];
                    continue;
                }

                if (unit.Kind == OrganizationKind.SubCommittee)
                {
                    continue;
                }

                var pool = Pool(u);
                var c = 0;
                var directlySubordinate = unit.Parent == root;
                var cadre = directlySubordinate ? root : unit.Block;
                _ = Assign(pool, ref c, new Officer(u, PostKind.Head, directlySubordinate, cadre, null));
                var commune = unit.Kind is OrganizationKind.Commune or OrganizationKind.Ward;
                var size = commune ? 5 : directlySubordinate ? 7 : 3;
                var large = unit.Kind == OrganizationKind.GrassrootsCommittee && pool.Sum(p => _units[p].Members) >= 300;
                var localChair = _o.Examples && _communes.Count > 40 && u == _communes[40];
                for (var i = 0; i < size; i++)
                {
                    var kind = i == 0 ? PostKind.CommissionChair : i == 1 ? PostKind.CommissionDeputyChair : PostKind.CommissionMember;
                    var fullTime = directlySubordinate ? i < 2 : i == 1 && large;
                    bool? local = commune && i == 0 ? localChair : null;
                    if (!Assign(pool, ref c, new Officer(u, kind, fullTime, i == 0 && directlySubordinate ? root : -1, local)))
                    {
                        break;
                    }
                }
            }
        }
    }
}
