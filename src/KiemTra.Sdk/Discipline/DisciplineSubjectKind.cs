namespace KiemTra.Sdk.Discipline;

/// <summary>
/// Who is disciplined (<i>đối tượng kỷ luật</i>): each kind has its own scale of forms. Internal: callers read it from
/// <see cref="DisciplineSubject.IsMember"/> and <see cref="DisciplineSubject.IsProbationary"/>.
/// </summary>
internal enum DisciplineSubjectKind
{
    /// <summary>A party organisation (<i>tổ chức đảng</i>).</summary>
    Organization = 1,

    /// <summary>A full member (<i>đảng viên chính thức</i>).</summary>
    FullMember = 2,

    /// <summary>A probationary member (<i>đảng viên dự bị</i>).</summary>
    ProbationaryMember = 3,
}
