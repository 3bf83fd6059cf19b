using KiemTra.Sdk.Register;
namespace KiemTra.Sdk.Indicators.Measures;

/// <summary>Sums a pair of figures over an organisation's digital-transformation reports in the period.</summary>
internal abstract class DigitalFiguresMeasure : UnitMeasure
{
    public override RecordKind DataKind => RecordKind.DigitalTransformation;

    protected abstract (int Part, int Total) Figures(DigitalProcessingFigures record);

    protected override (long Numerator, long Denominator) Count(MeasureContext context, int organizationIndex, int bodyIndex, List<FactItem>? facts)
    {
        var records = context.Data.Records.DigitalTransformation;
        long n = 0, d = 0;
        foreach (var i in context.Data.DigitalByOrganization.Of(organizationIndex))
        {
            var r = records[i];
            if (!context.InWindow(r.Year))
            {
                continue;
            }

            var (part, total) = Figures(r);
            n += part;
            d += total;
            facts?.Add(new FactItem($"{r.Organization}@{r.Year}", total > 0 && part == total, Note($"năm {r.Year}: {Formatting.TextFormat.Ratio(part, total)}", $"{r.Year}: {Formatting.TextFormat.EnglishRatio(part, total)}")));
        }

        return (n, d);
    }
}

/// <summary><c>procedures-processed-digitally</c>: administrative procedures handled on the digital environment, of all handled.</summary>
internal sealed class ProceduresProcessedDigitallyMeasure : DigitalFiguresMeasure
{
    public override string Name => "procedures-processed-digitally";

    public override LocalizedText Description => Note("Thủ tục hành chính xử lý trên môi trường số", "Administrative procedures processed digitally");

    protected override (int Part, int Total) Figures(DigitalProcessingFigures record) => (record.ProceduresDigital, record.ProceduresTotal);
}

/// <summary><c>documents-digitised</c>: documents digitised, of all handled.</summary>
internal sealed class DocumentsDigitizedMeasure : DigitalFiguresMeasure
{
    public override string Name => "documents-digitised";

    public override LocalizedText Description => Note("Văn bản được số hóa", "Documents digitised");

    protected override (int Part, int Total) Figures(DigitalProcessingFigures record) => (record.DocumentsDigitized, record.DocumentsTotal);
}
