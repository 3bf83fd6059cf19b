namespace KiemTra.Sdk.Indicators.Measures;

/// <summary><c>tasks-fully-specified</c>: tasks assigned in the period that state all nine elements (<see cref="Register.AssignedTask.MissingElements"/>).</summary>
internal sealed class TasksFullySpecifiedMeasure : UnitMeasure
{
    public override string Name => "tasks-fully-specified";

    public override LocalizedText Description => Note("Nhiệm vụ giao trong kỳ xác định đủ 9 yếu tố", "Tasks assigned in the period that state all nine elements");

    public override RecordKind DataKind => RecordKind.Tasks;

    protected override (long Numerator, long Denominator) Count(MeasureContext context, int organizationIndex, int bodyIndex, List<FactItem>? facts)
    {
        var records = context.Data.Records.Tasks;
        long n = 0, d = 0;
        foreach (var i in context.Data.TasksByOrganization.Of(organizationIndex))
        {
            var r = records[i];
            if (!context.InWindow(r.AssignedOn))
            {
                continue;
            }

            d++;
            var complete = TaskSpecificationValidator.IsComplete(r);
            if (complete)
            {
                n++;
            }

            if (facts is not null)
            {
                var missing = TaskSpecificationValidator.MissingElements(r);
                facts.Add(new FactItem(r.Id.Value, complete, complete
                    ? Note("đủ 9 yếu tố", "all nine elements stated")
                    : Note($"thiếu: {string.Join(", ", missing.Select(TaskSpecificationValidator.Vietnamese))}", $"missing: {string.Join(", ", missing.Select(TaskSpecificationValidator.English))}")));
            }
        }

        return (n, d);
    }
}
