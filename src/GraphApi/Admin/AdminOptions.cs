using System.ComponentModel.DataAnnotations;

namespace GraphApi.Admin;

/// <summary>
/// The <c>Admin</c> section: which claim of the caller's JWT carries roles, and which role may manage the tenant's
/// Pinterest integration. The claim may hold one value, several claims, or a space- or comma-separated list.
/// </summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    [Required(AllowEmptyStrings = false, ErrorMessage = "Admin:RoleClaim must name the JWT claim that carries roles (e.g. role, roles).")]
    public string RoleClaim { get; set; } = "role";

    [Required(AllowEmptyStrings = false, ErrorMessage = "Admin:Role must name the role that may manage integrations (e.g. admin).")]
    public string Role { get; set; } = "admin";

    /// <summary>
    /// How long an instance trusts its copy of a tenant's integration settings. A save on this instance replaces it at
    /// once; with several instances, another one sees the save within this time.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "Admin:IntegrationCacheDuration must be between 00:00:00 and 00:10:00.")]
    public TimeSpan IntegrationCacheDuration { get; set; } = TimeSpan.FromSeconds(5);
}
