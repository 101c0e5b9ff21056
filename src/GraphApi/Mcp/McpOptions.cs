namespace GraphApi.Mcp;

/// <summary>The MCP server at <c>/mcp</c> (docs/mcp.md), bound from <c>Mcp</c>.</summary>
public sealed class McpOptions
{
    public const string SectionName = "Mcp";

    /// <summary>The endpoint's path. Fixed: the protected resource metadata document's path is derived from it.</summary>
    public const string Path = "/mcp";

    /// <summary>On by default: a tool does nothing a caller could not do through <c>/graphql</c> with the same token.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The tools exposed, by name (a JSON array, or one string with names separated by <c>,</c>). Empty: every tool
    /// (every write tool only with <see cref="AllowWrites"/>). A name that is no tool stops the start.
    /// </summary>
    public List<string> Tools { get; set; } = [];

    /// <summary>
    /// Tools that change the user's Pinterest (mutations) are hidden and refused unless this is true: an agent acting on a
    /// user's account should only read it unless the operator chose otherwise.
    /// </summary>
    public bool AllowWrites { get; set; }

    /// <summary>
    /// Where Pinterest's consent page returns the browser when a tool result carries the connect URL: a path on the gateway
    /// or an allowed origin (the rules of <c>connectPinterest</c>'s <c>returnUrl</c>). The default page shows the
    /// <c>completion</c> to hand to the <c>complete_pinterest_connection</c> tool.
    /// </summary>
    public string ConnectReturnUrl { get; set; } = McpConnectedPage.Path;

    /// <summary>Each named operation of the trusted documents (<c>GraphQL:TrustedDocuments:Folder</c>) becomes a tool too.</summary>
    public bool TrustedDocumentTools { get; set; } = true;
}
