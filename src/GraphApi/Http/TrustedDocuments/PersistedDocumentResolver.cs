using System.Security.Claims;
using GraphApi.Execution.Errors;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;

namespace GraphApi.Http.TrustedDocuments;

/// <summary>
/// Turns a persisted-document request (<c>documentId</c>, GraphQL-over-HTTP appendix) or an Apollo automatic persisted
/// query (<c>extensions.persistedQuery</c>) into query text, and applies the trusted-documents-only policy, before the
/// endpoint reads the document (GET's mutation check, the request limits, execution).
/// <para>
/// Why not GraphQL.NET's <c>UsePersistedDocuments</c>: its handler runs inside the executer, so the text would appear
/// only after the endpoint has already needed it (GET must answer 405 for a mutation named by id, and the limits run on
/// the text first); it has no APQ registration, no per-caller policy, and its errors do not carry our codes and statuses.
/// </para>
/// </summary>
internal sealed class PersistedDocumentResolver(
    TrustedDocumentSet trusted,
    AutomaticPersistedQueryStore automatic,
    TrustedDocumentPolicy policy,
    IOptions<TrustedDocumentOptions> options)
{
    // Apollo Client's persisted-query link recognises these exact messages (older versions look at nothing else).
    internal const string ApolloNotFoundMessage = "PersistedQueryNotFound";
    internal const string ApolloNotSupportedMessage = "PersistedQueryNotSupported";

    internal const string InvalidDocumentIdMessage =
        "\"documentId\" must be the 64 lowercase hex digits of the document's SHA-256, with or without the \"sha256:\" prefix.";

    private readonly bool _automaticEnabled = options.Value.AutomaticPersistedQueries.Enabled;

    public IReadOnlyList<ResolvedDocument> Resolve(IReadOnlyList<GraphQLRequest> requests, ClaimsPrincipal user)
    {
        var trustedOnly = policy.RequiresTrustedDocuments(user);
        var resolved = new ResolvedDocument[requests.Count];
        for (var i = 0; i < resolved.Length; i++)
        {
            resolved[i] = ResolveOne(requests[i], trustedOnly);
        }

        return resolved;
    }

    private ResolvedDocument ResolveOne(GraphQLRequest request, bool trustedOnly)
    {
        var persistedQuery = ReadPersistedQuery(request.Extensions, out var invalid);
        if (invalid is not null)
        {
            return ResolvedDocument.Refused(request, Invalid(invalid));
        }

        if (request.DocumentId is not null)
        {
            return ResolveDocumentId(request, persistedQuery, trustedOnly);
        }

        if (persistedQuery is not null)
        {
            return ResolveAutomatic(request, persistedQuery, trustedOnly);
        }

        if (request.Query is null)
        {
            // The parsers refuse this already; kept so no path can hand the executer a request without text.
            return ResolvedDocument.Refused(request, Invalid("The request has no \"query\", \"documentId\" or extensions.persistedQuery."));
        }

        return trustedOnly ? ResolvedDocument.Refused(request, DocumentsOnly()) : new(request, null);
    }

    private ResolvedDocument ResolveDocumentId(GraphQLRequest request, string? persistedQuery, bool trustedOnly)
    {
        if (request.Query is not null || persistedQuery is not null)
        {
            return ResolvedDocument.Refused(request, Invalid("Send either \"documentId\", \"query\" or extensions.persistedQuery, not several."));
        }

        if (!DocumentHash.TryParseDocumentId(request.DocumentId, out var hex))
        {
            return ResolvedDocument.Refused(request, Invalid(InvalidDocumentIdMessage));
        }

        var text = Find(hex, trustedOnly);
        return text is null
            ? ResolvedDocument.Refused(request, new ExecutionError($"No persisted document has the id sha256:{hex}.") { Code = ErrorCodes.PersistedQueryNotFound })
            : new(WithText(request, text), null);
    }

    private ResolvedDocument ResolveAutomatic(GraphQLRequest request, string hex, bool trustedOnly)
    {
        if (request.Query is null)
        {
            var text = Find(hex, trustedOnly);
            if (text is not null)
            {
                return new(WithText(request, text), null);
            }

            // With APQ off, an unrestricted client is told so and stops sending hashes; a restricted one must not fall back to text.
            return !_automaticEnabled && !trustedOnly
                ? ResolvedDocument.Refused(request, new ExecutionError(ApolloNotSupportedMessage) { Code = ErrorCodes.PersistedQueryNotSupported })
                : ResolvedDocument.Refused(request, new ExecutionError(ApolloNotFoundMessage) { Code = ErrorCodes.PersistedQueryNotFound });
        }

        if (!string.Equals(DocumentHash.Of(request.Query), hex, StringComparison.Ordinal))
        {
            return ResolvedDocument.Refused(request, new TrustedDocumentError(ErrorCodes.PersistedQueryHashMismatch,
                "The SHA-256 of \"query\" does not match extensions.persistedQuery.sha256Hash."));
        }

        if (trusted.Find(hex) is not null)
        {
            return new(request, null);
        }

        if (trustedOnly)
        {
            return ResolvedDocument.Refused(request, DocumentsOnly());
        }

        if (_automaticEnabled)
        {
            automatic.Add(hex, request.Query);
        }

        return new(request, null);
    }

    /// <summary>Trusted documents for everyone; APQ registrations only for callers not limited to trusted documents.</summary>
    private string? Find(string hex, bool trustedOnly) =>
        trusted.Find(hex) ?? (trustedOnly || !_automaticEnabled ? null : automatic.Find(hex));

    /// <summary>The hash of <c>extensions.persistedQuery</c> (version 1 only), null when absent, or why it is malformed.</summary>
    private static string? ReadPersistedQuery(Inputs? extensions, out string? invalid)
    {
        invalid = null;
        if (extensions is null || !extensions.TryGetValue("persistedQuery", out var value) || value is null)
        {
            return null;
        }

        if (value is not IDictionary<string, object?> persisted)
        {
            invalid = "extensions.persistedQuery must be an object { \"version\": 1, \"sha256Hash\": \"<64 lowercase hex>\" }.";
            return null;
        }

        if (!persisted.TryGetValue("version", out var version) || version is not (1 or 1L or 1m or 1d))
        {
            invalid = "extensions.persistedQuery.version must be 1.";
            return null;
        }

        if (!persisted.TryGetValue("sha256Hash", out var hash) || hash is not string hex || !DocumentHash.IsHex(hex))
        {
            invalid = "extensions.persistedQuery.sha256Hash must be the 64 lowercase hex digits of the document's SHA-256.";
            return null;
        }

        return hex;
    }

    private static GraphQLRequest WithText(GraphQLRequest request, string text) => new()
    {
        Query = text,
        OperationName = request.OperationName,
        Variables = request.Variables,
        Extensions = request.Extensions,
    };

    private static TrustedDocumentError Invalid(string message) => new(ErrorCodes.InvalidRequest, message);

    private static TrustedDocumentError DocumentsOnly() => new(ErrorCodes.PersistedDocumentsOnly,
        "This caller may only run trusted documents: send \"documentId\": \"sha256:<hex>\" of a persisted operation instead of \"query\" text.");
}
