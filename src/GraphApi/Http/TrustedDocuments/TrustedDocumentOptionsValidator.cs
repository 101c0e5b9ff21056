using Microsoft.Extensions.Options;

namespace GraphApi.Http.TrustedDocuments;

/// <summary>Validates the trusted-document settings on start; every message names its setting.</summary>
internal sealed class TrustedDocumentOptionsValidator : IValidateOptions<TrustedDocumentOptions>
{
    private const string Section = TrustedDocumentOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, TrustedDocumentOptions options)
    {
        var failures = new List<string>();
        if (options.MaxFolderBytes is < 1_024 or > 256L * 1024 * 1024)
        {
            failures.Add($"{Section}:MaxFolderBytes must be between 1 KiB and 256 MiB.");
        }

        foreach (var rule in options.RequiredWhenClaim)
        {
            if (!ClaimRule.TryParse(rule, out _))
            {
                failures.Add($"{Section}:RequiredWhenClaim entries must be 'type=value' with both parts non-empty (e.g. client_type=partner).");
                break;
            }
        }

        // Fail closed, but loudly: a restriction with nothing trusted to run is almost certainly a missing folder.
        if ((options.RequiredForAll || options.RequiredWhenClaim.Count > 0) && string.IsNullOrWhiteSpace(options.Folder))
        {
            failures.Add($"{Section}:RequiredForAll and {Section}:RequiredWhenClaim need {Section}:Folder: restricted callers could run nothing.");
        }

        var apq = options.AutomaticPersistedQueries;
        if (apq.MaxEntries is < 1 or > 1_000_000)
        {
            failures.Add($"{Section}:AutomaticPersistedQueries:MaxEntries must be between 1 and 1,000,000.");
        }

        if (apq.MaxBytes is < 1_024 or > 1024L * 1024 * 1024)
        {
            failures.Add($"{Section}:AutomaticPersistedQueries:MaxBytes must be between 1 KiB and 1 GiB.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
