namespace GraphApi.Pinterest.Sandbox.Data;

/// <summary>A business (Business Access): its id is what <c>/businesses/{business_id}/...</c> routes take.</summary>
internal sealed class BusinessEntity
{
    public required string Id { get; set; }

    public required string Username { get; set; }

    public required string Name { get; set; }

    public DateTime CreatedAt { get; set; }
}
