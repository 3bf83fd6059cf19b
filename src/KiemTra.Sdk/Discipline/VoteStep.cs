namespace KiemTra.Sdk.Discipline;

/// <summary>One step of a tally: a form, its votes and the running total from the heaviest form down.</summary>
/// <param name="Form">The form.</param>
/// <param name="Votes">Votes for the form.</param>
/// <param name="Cumulative">Votes for this form and every heavier one.</param>
/// <param name="ReachesMajority">Whether the running total passes the threshold at this step.</param>
internal sealed record VoteStep(DisciplineForm Form, int Votes, int Cumulative, bool ReachesMajority);
