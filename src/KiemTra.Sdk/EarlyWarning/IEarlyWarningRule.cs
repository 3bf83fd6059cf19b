using KiemTra.Sdk.Diagnostics;

namespace KiemTra.Sdk.EarlyWarning;

/// <summary>
/// One early-warning rule over the data (<i>quy tắc cảnh báo sớm</i>). Hosts add their own by implementing this
/// interface and passing them to <see cref="EarlyWarningEngine.Create"/>.
/// </summary>
public interface IEarlyWarningRule
{
    /// <summary>Stable code, also the code of every finding it returns (e.g. <c>EW-OVERDUE-CONCLUSION</c>).</summary>
    string Code { get; }

    /// <summary>Severity of its findings.</summary>
    FindingSeverity Severity { get; }

    /// <summary>What it looks for, in Vietnamese and English.</summary>
    LocalizedText Description { get; }

    /// <summary>Evaluates the rule; returns one finding per subject at risk, each explaining itself.</summary>
    /// <param name="context">The data and the date.</param>
    IEnumerable<Finding> Evaluate(EarlyWarningContext context);
}
