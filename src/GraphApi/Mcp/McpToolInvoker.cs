using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphApi.Execution.Errors;
using GraphApi.Execution.Limits;
using GraphApi.Http;
using GraphQL;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Protocol;

namespace GraphApi.Mcp;

/// <summary>
/// One tool call: the arguments checked (names, size) and turned into GraphQL variables, the operation run through
/// <see cref="McpOperationRunner"/>, and the GraphQL response returned as structured content plus the same JSON as text.
/// Any error makes the result <c>isError</c>; when the error is the user's Pinterest connection (not connected, to
/// reconnect, a scope missing), the result carries the connect URL that <c>connectPinterest</c> gives.
/// </summary>
internal sealed class McpToolInvoker(
    McpOperationRunner runner,
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLHttpOptions> httpOptions,
    IOptions<GraphQLLimitsOptions> limits,
    IOptions<McpOptions> options)
{
    /// <summary>Error codes an agent cannot fix by itself: the user has to (re)connect Pinterest.</summary>
    private static readonly HashSet<string> ConnectCodes = new(StringComparer.Ordinal)
    {
        ErrorCodes.NotConnected, ErrorCodes.ReconnectRequired, ErrorCodes.InsufficientScope,
    };

    private const string ConnectDocument = """
        mutation McpConnectPinterest($returnUrl: String!) {
          connectPinterest(input: { returnUrl: $returnUrl }) { authorizationUrl expiresAt }
        }
        """;

    public async Task<CallToolResult> InvokeAsync(McpToolDefinition tool, IDictionary<string, JsonElement>? arguments, HttpContext context,
        CancellationToken cancellationToken)
    {
        var unknown = arguments?.Keys.Where(k => !tool.Variables.Contains(k)).Order(StringComparer.Ordinal).ToList() ?? [];
        if (unknown.Count > 0)
        {
            return Refused(ErrorCodes.InvalidRequest,
                $"Unknown argument(s) {string.Join(", ", unknown.Take(10).Select(u => $"'{Clip(u)}'"))}: {tool.Name} takes {(tool.Variables.Count == 0 ? "no arguments" : string.Join(", ", tool.Variables.Order(StringComparer.Ordinal)))}.");
        }

        // The same bound as /graphql's "variables" (GraphQL:Http:MaxVariablesBytes), before anything reads them.
        var json = JsonSerializer.SerializeToUtf8Bytes(arguments ?? new Dictionary<string, JsonElement>(), McpJson.Options);
        var max = httpOptions.Value.MaxVariablesBytes;
        if (json.Length > max)
        {
            return Refused(ErrorCodes.VariablesTooLarge, $"The arguments are {json.Length:N0} bytes of JSON; the limit is {max:N0}.");
        }

        var variables = serializer.Deserialize<Inputs>(Encoding.UTF8.GetString(json));
        var result = await runner.RunAsync(context, tool.Document, tool.OperationName, variables, "mcp:" + tool.Name);
        var response = await SerializeAsync(result, cancellationToken);
        var codes = ErrorCodesOf(response).ToList();
        var connectCode = codes.FirstOrDefault(ConnectCodes.Contains);
        string? connectText = null;
        if (connectCode is not null && await ConnectAsync(context, cancellationToken) is { } connect)
        {
            response["connectPinterest"] = connect;
            connectText = ConnectMessage(connectCode, connect["authorizationUrl"]?.GetValue<string>());
        }

        var text = response.ToJsonString(McpJson.Options);
        return new CallToolResult
        {
            IsError = codes.Count > 0,
            Content = connectText is null
                ? [new TextContentBlock { Text = text }]
                : [new TextContentBlock { Text = connectText }, new TextContentBlock { Text = text }],
            StructuredContent = JsonSerializer.SerializeToElement(response, McpJson.Options),
        };
    }

    /// <summary>Runs <c>connectPinterest</c> for the caller: the URL of Pinterest's consent page, with a state bound to this caller.</summary>
    private async Task<JsonObject?> ConnectAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var variables = new Inputs(new Dictionary<string, object?> { ["returnUrl"] = options.Value.ConnectReturnUrl });
        var result = await runner.RunAsync(context, ConnectDocument, null, variables, "mcp:connect");
        var response = await SerializeAsync(result, cancellationToken);
        return response["data"]?["connectPinterest"] is JsonObject connect ? (JsonObject)connect.DeepClone() : null;
    }

    private static string ConnectMessage(string code, string? url)
    {
        var why = code switch
        {
            ErrorCodes.NotConnected => "This user's Pinterest account is not connected to GraphApi.",
            ErrorCodes.ReconnectRequired => "Pinterest no longer accepts this user's connection: it must be connected again.",
            _ => "This user's Pinterest connection lacks a scope this tool needs (or the caller's token does not allow it).",
        };
        return string.Create(CultureInfo.InvariantCulture,
            $"{why} Ask the user to open this URL in a browser and approve access: {url} . The page they return to shows a completion code: call complete_pinterest_connection with {{\"input\": {{\"completion\": \"<code>\"}}}}, then retry.");
    }

    /// <summary>The response as JSON, within GraphQL:Limits:MaxResponseBytes like /graphql's writer.</summary>
    private async Task<JsonObject> SerializeAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        var max = limits.Value.MaxResponseBytes;
        using var buffer = new BoundedResponseBuffer(max);
        try
        {
            await serializer.WriteAsync(buffer, result, cancellationToken);
        }
        catch (ResponseTooLargeException)
        {
            return Error(ErrorCodes.ResponseTooLarge,
                $"The result is larger than the limit of {max:N0} bytes; the operation was executed (a write made its changes). Ask for a smaller page.");
        }

        using var bytes = new MemoryStream((int)buffer.Length);
        await buffer.DrainToAsync(bytes, cancellationToken);
        return JsonNode.Parse(bytes.GetBuffer().AsSpan(0, (int)bytes.Length))!.AsObject();
    }

    /// <summary>Codes of the response's errors and of mutation payloads' <c>errors</c> (data.*.errors[].code).</summary>
    private static IEnumerable<string> ErrorCodesOf(JsonObject response)
    {
        if (response["errors"] is JsonArray errors)
        {
            foreach (var error in errors)
            {
                yield return error?["extensions"]?["code"]?.GetValue<string>() ?? ErrorCodes.InternalError;
            }
        }

        if (response["data"] is JsonObject data)
        {
            foreach (var (_, field) in data)
            {
                if (field?["errors"] is JsonArray payloadErrors)
                {
                    foreach (var error in payloadErrors)
                    {
                        yield return error?["code"]?.GetValue<string>() ?? error?["__typename"]?.GetValue<string>() ?? ErrorCodes.InternalError;
                    }
                }
            }
        }
    }

    private static CallToolResult Refused(string code, string message)
    {
        var response = Error(code, message);
        return new CallToolResult
        {
            IsError = true,
            Content = [new TextContentBlock { Text = response.ToJsonString(McpJson.Options) }],
            StructuredContent = JsonSerializer.SerializeToElement(response, McpJson.Options),
        };
    }

    /// <summary>The GraphQL response shape for a refusal, so an agent reads one format.</summary>
    private static JsonObject Error(string code, string message) => new()
    {
        ["errors"] = new JsonArray(new JsonObject { ["message"] = message, ["extensions"] = new JsonObject { ["code"] = code } }),
    };

    /// <summary>An argument name echoed back is cut short: a hostile name must not make the answer large.</summary>
    private static string Clip(string name) => name.Length <= 64 ? name : name[..64] + "…";
}
