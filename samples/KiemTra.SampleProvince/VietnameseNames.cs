using KiemTra.Sdk;
using KiemTra.Sdk.Organization;
namespace KiemTra.SampleProvince;

/// <summary>Common Vietnamese family, middle and given names and place-name syllables for synthetic data.</summary>
internal static class VietnameseNames
{
    public static readonly string[] FamilyNames =
    [
        "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
        "Hồ", "Ngô", "Dương", "Lý", "Ma", "Hà", "Lương", "Đinh", "Triệu", "Nông",
    ];

    public static readonly string[] MaleMiddleNames = ["Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Thanh", "Ngọc", "Công", "Tiến", "Mạnh"];

    public static readonly string[] FemaleMiddleNames = ["Thị", "Thị", "Thị", "Thu", "Hồng", "Kim", "Ngọc", "Thanh", "Minh", "Phương"];

    public static readonly string[] MaleGivenNames =
    [
        "An", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hải", "Hiếu", "Hoàng", "Hùng", "Huy", "Khánh", "Kiên", "Long", "Minh", "Nam",
        "Phong", "Phúc", "Quân", "Quang", "Sơn", "Tâm", "Thắng", "Thành", "Toàn", "Trung", "Tuấn", "Việt", "Vinh", "Tùng",
    ];

    public static readonly string[] FemaleGivenNames =
    [
        "Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Huyền", "Lan", "Liên", "Linh", "Loan", "Mai", "Nga",
        "Ngọc", "Nhung", "Oanh", "Phương", "Quỳnh", "Tâm", "Thảo", "Thủy", "Trang", "Tuyết", "Vân", "Yến",
    ];

    public static readonly string[] PlaceSyllables =
    [
        "Phú", "Bình", "An", "Hòa", "Tân", "Đồng", "Quang", "Hợp", "Thành", "Lâm", "Yên", "Minh", "Phúc", "Xuân", "Thịnh", "Hưng",
        "Vạn", "La", "Hiền", "Định", "Trung", "Lương", "Sơn", "Thái", "Hà", "Châu", "Khê", "Cao", "Kim", "Ngọc", "Tiến", "Văn",
        "Lạc", "Thuận", "Nam", "Đông", "Tràng", "Vũ", "Phấn", "Mễ",
    ];

    public static readonly string[] VillageWords =
    [
        "Làng Cả", "Làng Mới", "Đồng Tâm", "Bãi Sậy", "Gò Chè", "Cầu Trắng", "Đồng Bẩm", "Khe Mo", "Na Hoàng", "Bản Cái", "Nà Tấm",
        "Đèo Khế", "Suối Cát", "Chợ Chu", "Ao Sen", "Trại Cau", "Núi Voi", "Hồng Phong", "Tân Lập", "Quyết Thắng", "Đoàn Kết",
        "Thống Nhất", "Hòa Bình", "Tiền Phong", "Trung Tâm", "Đồng Kem", "Cây Thị", "Làng Vẩu", "Khuôn Ngục", "Pác Cáp",
    ];

    public static readonly string[] VillagePrefixes = ["thôn", "thôn", "xóm", "tổ dân phố", "bản"];

    public static readonly string[] Departments =
    [
        "Sở Tài chính", "Sở Xây dựng", "Sở Nội vụ", "Sở Tư pháp", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Nông nghiệp và Môi trường",
        "Sở Công Thương", "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch", "Thanh tra tỉnh", "Văn phòng UBND tỉnh",
        "Bệnh viện Đa khoa tỉnh", "Bệnh viện Đa khoa khu vực", "Trường Cao đẳng Công nghiệp", "Ban Quản lý các khu công nghiệp",
        "Kho bạc Nhà nước khu vực", "Thuế tỉnh", "Bảo hiểm xã hội tỉnh", "Công ty Cổ phần Gang thép", "Công ty Than", "Công ty Điện lực",
    ];

    public static readonly string[] CommuneUnits =
    [
        "Trường Mầm non", "Trường Tiểu học", "Trường Trung học cơ sở", "Trường THPT", "Trạm Y tế", "Công an xã", "Ban Chỉ huy Quân sự xã",
        "Hợp tác xã Chè", "Công ty TNHH", "Quỹ Tín dụng nhân dân",
    ];

    public static readonly string[] PoliceUnits =
    [
        "Phòng Cảnh sát giao thông", "Phòng Cảnh sát hình sự", "Phòng An ninh chính trị nội bộ", "Phòng Cảnh sát cơ động", "Phòng Hậu cần",
        "Phòng Tham mưu", "Trại tạm giam", "Phòng Cảnh sát phòng cháy, chữa cháy", "Phòng Quản lý hành chính về trật tự xã hội",
    ];

    public static readonly string[] MilitaryUnits =
    [
        "Ban Chỉ huy Phòng thủ khu vực", "Trung đoàn Bộ binh", "Tiểu đoàn Huấn luyện - Cơ động", "Phòng Tham mưu", "Phòng Chính trị",
        "Phòng Hậu cần - Kỹ thuật", "Trường Quân sự tỉnh",
    ];

    public static readonly string[] AgencyUnits =
    [
        "Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban Nội chính Tỉnh ủy", "Văn phòng Tỉnh ủy", "Cơ quan Ủy ban Kiểm tra Tỉnh ủy",
        "Báo và Phát thanh, Truyền hình tỉnh", "Trường Chính trị tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh",
    ];

    public static string PersonName(SplitMix64 random)
    {
        var female = random.Next(2) == 0;
        var family = random.Pick(FamilyNames);
        var middle = random.Pick(female ? FemaleMiddleNames : MaleMiddleNames);
        var given = random.Pick(female ? FemaleGivenNames : MaleGivenNames);
        return $"{family} {middle} {given}";
    }

    public static string PlaceName(SplitMix64 random, HashSet<string> used)
    {
        for (var attempt = 0; ; attempt++)
        {
            var first = random.Pick(PlaceSyllables);
            var second = random.Pick(PlaceSyllables);
            if (first == second)
            {
                continue;
            }

            var name = attempt < 50 ? $"{first} {second}" : $"{first} {second} {attempt}";
            if (used.Add(name))
            {
                return name;
            }
        }
    }
}
