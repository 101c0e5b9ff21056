namespace GraphApi.Pinterest.Sandbox.Api.Sections;

/// <summary>The spec's <c>BoardSection</c>: only an id and a name.</summary>
internal sealed record SectionResponse(string Id, string Name);
