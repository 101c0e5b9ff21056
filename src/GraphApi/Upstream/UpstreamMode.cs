using System.ComponentModel;

namespace GraphApi.Upstream;

/// <summary>Which Pinterest the gateway talks to.</summary>
public enum UpstreamMode
{
    /// <summary>The embedded Pinterest emulator: the default, so a fresh clone works offline.</summary>
    [Description("The embedded Pinterest emulator with seeded demo data.")]
    Sandbox,

    /// <summary>The real Pinterest API, chosen with <c>Upstream:Mode=Pinterest</c> (with its app credentials and caller authentication).</summary>
    [Description("The real Pinterest API v5.")]
    Pinterest,
}
