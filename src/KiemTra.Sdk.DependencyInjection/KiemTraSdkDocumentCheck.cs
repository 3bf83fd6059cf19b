using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KiemTra.Sdk;

/// <summary>
/// Marker options whose validation reads the host's documents at start-up (<c>ValidateOnStart</c>), so that a bad
/// holiday schedule, rule set or indicator catalogue stops the host before it serves anything. A separate options type
/// because reading the documents needs <c>IOptions&lt;KiemTraSdkOptions&gt;.Value</c>, which must not validate itself
/// recursively.
/// </summary>
internal sealed class KiemTraSdkDocumentCheck
{
}

/// <summary>
/// Resolves <see cref="KiemTraSdkData"/> (the documents are read once; the singleton then serves every SDK service)
/// and reports a bad document as a failure naming the option list, the document (file name and path) and the core's
/// message (JSON path and value).
/// </summary>
internal sealed class KiemTraSdkDocumentValidator(IServiceProvider services) : IValidateOptions<KiemTraSdkDocumentCheck>
{
    public ValidateOptionsResult Validate(string? name, KiemTraSdkDocumentCheck options)
    {
        try
        {
            services.GetRequiredService<KiemTraSdkData>();
            return ValidateOptionsResult.Success;
        }
        catch (OptionsValidationException)
        {
            // The options themselves are invalid (a missing file, an unknown zone): their own validation reports it.
            return ValidateOptionsResult.Skip;
        }
        catch (DataFormatException ex)
        {
            return Fail(ex.SourceName, ex.Message);
        }
        catch (DuplicateIndicatorCodeException ex)
        {
            return ValidateOptionsResult.Fail(ex.Message);
        }
        catch (IOException ex)
        {
            return ValidateOptionsResult.Fail($"KiemTraSdkOptions: a document could not be read: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            return ValidateOptionsResult.Fail($"KiemTraSdkOptions: a document could not be read: {ex.Message}");
        }
    }

    /// <summary>The failure, naming the option list and the entry whose document was refused (the rule book's own checks name a rule set).</summary>
    private ValidateOptionsResult Fail(string documentName, string message)
    {
        (string List, IList<KiemTraDataInput> Inputs)[] lists =
        [
            (nameof(KiemTraSdkOptions.HolidayScheduleDocuments), Options.HolidayScheduleDocuments),
            (nameof(KiemTraSdkOptions.RuleSetDocuments), Options.RuleSetDocuments),
            (nameof(KiemTraSdkOptions.IndicatorCatalogDocuments), Options.IndicatorCatalogDocuments),
        ];
        var list = nameof(KiemTraSdkOptions.RuleSetDocuments);
        IList<KiemTraDataInput> inputs = Options.RuleSetDocuments;
        var index = -1;
        foreach (var candidate in lists)
        {
            for (var i = 0; i < candidate.Inputs.Count && index < 0; i++)
            {
                if (candidate.Inputs[i].Name == documentName)
                {
                    (list, inputs, index) = (candidate.List, candidate.Inputs, i);
                }
            }
        }

        var where = index < 0 ? $"KiemTraSdkOptions.{list}" : $"KiemTraSdkOptions.{list}[{index}] {inputs[index]}";
        return ValidateOptionsResult.Fail($"{where}: {message}");
    }

    private KiemTraSdkOptions Options => services.GetRequiredService<IOptions<KiemTraSdkOptions>>().Value;
}
