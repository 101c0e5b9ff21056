namespace GraphApi.Admin.Integration;

/// <summary>One tenant's Pinterest app, as an admin saved it. The secret is Data Protection ciphertext, never plain text.</summary>
internal sealed class IntegrationSettingsEntity
{
    public const int MaxTenantIdLength = 128;
    public const int MaxClientIdLength = 128;

    public required string TenantId { get; set; }

    public required string ClientId { get; set; }

    /// <summary>Null: the settings file's secret (allowed only while the client ID is the settings file's).</summary>
    public string? ProtectedClientSecret { get; set; }

    /// <summary>Space-separated, sorted: the OAuth wire form.</summary>
    public required string Scopes { get; set; }

    public AccessTier Tier { get; set; }

    public bool Enabled { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The admin's <c>sub</c> who saved last.</summary>
    public required string UpdatedBy { get; set; }
}
