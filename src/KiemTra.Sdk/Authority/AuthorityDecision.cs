using System.Collections.Immutable;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Authority;

/// <summary>
/// The answer to "may body B perform activity A on subject S as of date D?" (<i>thẩm quyền</i>): allowed or denied,
/// the reason in Vietnamese and English, and the rules cited.
/// </summary>
public sealed class AuthorityDecision
{
    internal AuthorityDecision(ActingBody actor, ActivityKind activity, AuthoritySubject subject, LocalDate asOf, bool allowed, LocalizedText reason, ImmutableArray<RuleCitation> rules, bool rulesVerified)
    {
        Actor = actor;
        Activity = activity;
        Subject = subject;
        AsOf = asOf;
        Allowed = allowed;
        Reason = reason;
        Rules = rules;
        IsVerified = rulesVerified;
    }

    /// <summary>The body asked about.</summary>
    public ActingBody Actor { get; }

    /// <summary>The activity asked about.</summary>
    public ActivityKind Activity { get; }

    /// <summary>The subject.</summary>
    public AuthoritySubject Subject { get; }

    /// <summary>The date judged.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Whether the body may perform the activity on the subject.</summary>
    public bool Allowed { get; }

    /// <summary>Why, naming the organisations, the rule and any caveat (unverified or carried-over rules).</summary>
    public LocalizedText Reason { get; }

    /// <summary>The rules applied, most decisive first.</summary>
    public ImmutableArray<RuleCitation> Rules { get; }

    /// <summary>Whether every rule applied is verified and in force in its own right (not carried over).</summary>
    public bool IsVerified { get; }

    /// <summary>Returns "Allowed/Denied: reason".</summary>
    public override string ToString() => $"{(Allowed ? "Allowed" : "Denied")}: {Reason.English}";
}
