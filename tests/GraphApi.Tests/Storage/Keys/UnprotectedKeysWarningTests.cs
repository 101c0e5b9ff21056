using GraphApi.Storage.Keys;
using static GraphApi.Tests.Storage.Keys.KeyRingTestHost;

namespace GraphApi.Tests.Storage.Keys;

/// <summary>
/// One line at start when real Pinterest tokens sit under an unprotected ring: a Warning outside Development, an
/// Information in Development, nothing in sandbox mode (emulator tokens) and nothing once protected.
/// </summary>
public sealed class UnprotectedKeysWarningTests : IDisposable
{
    private static readonly (string, string)[] Pinterest =
    [
        ("Upstream:Mode", "Pinterest"),
        ("Pinterest:ClientId", "1234567"),
        ("Pinterest:ClientSecret", "warning-test-client-secret"),
        ("Pinterest:RedirectUri", "https://gateway.example.com/integration-callback"),
    ];

    private readonly TempFolder _temp = new();

    [Theory]
    [InlineData("Production", "pinterest", "unprotected", "Warning")]
    [InlineData("Staging", "pinterest", "unprotected", "Warning")]
    [InlineData("Development", "pinterest", "unprotected", "Information")]
    [InlineData("Production", "sandbox", "unprotected", null)]
    [InlineData("Production", "pinterest", "protected", null)]
    public void The_start_says_once_when_stored_tokens_are_unprotected(string environment, string upstream, string protection, string? level)
    {
        (string, string)[] settings =
        [
            .. upstream == "pinterest" ? Pinterest : [],
            .. protection == "protected" ? [("DataProtection:KeyEncryptionKey", KeyEncryptionKey.Generate().ToBase64())] : Array.Empty<(string, string)>(),
        ];

        using var host = StartIn(environment, _temp.Data, settings);

        var lines = host.Logs.Lines.Where(l => l.Contains("not protected at rest", StringComparison.Ordinal)).ToList();
        if (level is null)
        {
            lines.ShouldBeEmpty();
        }
        else
        {
            lines.Count.ShouldBe(1);
            lines[0].ShouldStartWith($"{level} {typeof(KeyRingProtectionCheck).FullName}:");
            lines[0].ShouldContain("DataProtection:KeyEncryptionKey");
        }

        host.Logs.Lines.ShouldNotContain(l => l.Contains("warning-test-client-secret", StringComparison.Ordinal));
    }

    public void Dispose() => _temp.Dispose();
}
