using System.ComponentModel;

namespace GraphApi.Admin.Integration;

/// <summary>Pinterest's access tier of the app (docs: key-concepts/access-tiers). Shown to admins; it does not change what the gateway sends.</summary>
public enum AccessTier
{
    [Description("Every approved app starts here: 1,000 requests a day for the whole app, and Pins and boards it creates are visible only to their creator (Pinterest may refuse production Pin creation with code 29).")]
    Trial,

    [Description("After Pinterest's second review: per-user, per-minute quotas (e.g. org_read 1,000 a minute) and public content.")]
    Standard,
}
