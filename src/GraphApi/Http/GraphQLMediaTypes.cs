using Microsoft.Net.Http.Headers;

namespace GraphApi.Http;

/// <summary>Response media type negotiation as the GraphQL-over-HTTP spec describes it.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// Picks the response media type from <c>Accept</c>: no header, <c>*/*</c> and <c>application/*</c> mean
    /// <c>application/json</c> (the spec's legacy-compatible default); <c>null</c> when nothing we serve is acceptable.
    /// </summary>
    public static string? Negotiate(IList<string>? accept)
    {
        if (accept is null || accept.Count == 0)
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var parsed) || parsed.Count == 0)
        {
            return Json;
        }

        string? best = null;
        var bestQuality = 0.0;
        var bestSpecificity = -1;
        foreach (var value in parsed)
        {
            var quality = value.Quality ?? 1.0;
            if (quality <= 0)
            {
                continue;
            }

            var (candidate, specificity) = Match(value);
            if (candidate is null)
            {
                continue;
            }

            // Higher quality wins; at equal quality an exact type beats a wildcard.
            if (quality > bestQuality || (quality.Equals(bestQuality) && specificity > bestSpecificity))
            {
                (best, bestQuality, bestSpecificity) = (candidate, quality, specificity);
            }
        }

        return best;
    }

    private static (string? MediaType, int Specificity) Match(MediaTypeHeaderValue value)
    {
        var type = value.MediaType.Value;
        if (string.Equals(type, GraphQLResponse, StringComparison.OrdinalIgnoreCase))
        {
            return (GraphQLResponse, 2);
        }

        if (string.Equals(type, Json, StringComparison.OrdinalIgnoreCase))
        {
            return (Json, 2);
        }

        if (string.Equals(type, "*/*", StringComparison.Ordinal) ||
            string.Equals(type, "application/*", StringComparison.OrdinalIgnoreCase))
        {
            return (Json, 0);
        }

        return (null, -1);
    }
}
