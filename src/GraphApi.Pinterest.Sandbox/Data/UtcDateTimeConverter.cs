using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GraphApi.Pinterest.Sandbox.Data;

// SQLite stores DateTime as text without a kind; reading it back as UTC keeps "Z" in the JSON.
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
