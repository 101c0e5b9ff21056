using GraphApi.Execution.Limits;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace GraphApi.Execution.Scopes;

/// <summary>
/// Decides, before any resolver runs, which selected fields this request may not run. It loads the caller's
/// Pinterest access only when the operation selects a guarded field. Reject mode reports every offending field
/// here; filter mode leaves the loaded decision to <see cref="ScopeGuardResolver"/>.
/// </summary>
internal sealed class ScopeAnalysisRule(IOptions<ScopeAuthorizationOptions> options, AnalysisWork? work = null) : ValidationRuleBase
{
    /// <summary>Reject mode lists at most this many denied fields, then one error saying how many more there are.</summary>
    public const int MaxReportedDenials = 50;

    // After variables are parsed, so @skip/@include with variables decide what is selected.
    public override async ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        var guarded = GuardedSelectionCollector.Collect(context, work);
        if (guarded.Count == 0)
        {
            return null;
        }

        var access = await context.RequestServices!.GetRequiredService<PinterestAccessResolver>().GetAsync(context.CancellationToken);
        if (options.Value.Mode == ScopeAuthorizationMode.Reject)
        {
            var denied = 0;
            foreach (var selection in guarded)
            {
                if (ScopeDecision.Decide(selection.Requirement, access, selection.Coordinate) is { } denial && ++denied <= MaxReportedDenials)
                {
                    context.ReportError(new ScopeValidationError(context.Document, denial, selection.Node));
                }
            }

            if (denied > MaxReportedDenials)
            {
                context.ReportError(new ScopeDenialsOmittedError(context.Document, context.Operation, denied - MaxReportedDenials));
            }
        }

        return null;
    }
}
