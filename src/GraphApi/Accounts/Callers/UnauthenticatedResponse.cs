using GraphApi.Execution.Errors;
using GraphApi.Http;
using GraphQL;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace GraphApi.Accounts.Callers;

/// <summary>The 401 body: the GraphQL error shape with code <c>UNAUTHENTICATED</c>, instead of an empty response.</summary>
internal static class UnauthenticatedResponse
{
    public static async Task WriteAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var http = context.HttpContext;
        var invalid = context.AuthenticateFailure is not null;
        http.Response.Headers.WWWAuthenticate = invalid ? "Bearer error=\"invalid_token\"" : "Bearer";

        // Say why without echoing the token: expired, wrong audience, bad signature...
        var message = invalid
            ? $"The bearer token was rejected: {Describe(context.AuthenticateFailure!)}"
            : "A bearer token is required: send Authorization: Bearer <JWT>.";
        var writer = http.RequestServices.GetRequiredService<GraphQLResponseWriter>();
        await writer.WriteErrorAsync(http, StatusCodes.Status401Unauthorized, GraphQLMediaTypes.Json, new ExecutionError(message) { Code = ErrorCodes.Unauthenticated });
    }

    private static string Describe(Exception failure) => failure switch
    {
        Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException => "it has expired.",
        Microsoft.IdentityModel.Tokens.SecurityTokenInvalidAudienceException => "it was issued for another audience.",
        Microsoft.IdentityModel.Tokens.SecurityTokenInvalidIssuerException => "it comes from an issuer this gateway does not trust.",
        Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException or
        Microsoft.IdentityModel.Tokens.SecurityTokenInvalidSignatureException => "its signature does not verify.",
        _ => "it is not a valid JWT.",
    };
}
