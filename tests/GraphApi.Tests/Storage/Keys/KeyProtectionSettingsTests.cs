using GraphApi.Hosting;
using GraphApi.Storage.Keys;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Storage.Keys;

/// <summary>A protection setting that cannot work stops the start, naming the setting and never the secret.</summary>
public sealed class KeyProtectionSettingsTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>, IDisposable
{
    private const string Password = "the-right-pfx-password-5f1c";
    private const string WrongPassword = "a-wrong-pfx-password-9e2d";
    private readonly TempFolder _temp = new();

    public static TheoryData<string> Cases => new()
    {
        "wrong password", "no password for a protected pfx", "missing file", "missing key file", "certificate without its key",
        "small RSA key", "path and thumbprint", "unknown thumbprint", "short key-encryption key", "key-encryption key not base64",
        "huge key-encryption key", "bad previous key-encryption key", "bad previous certificate", "certificate and key-encryption key",
        "certificate inside the data folder",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_setting_that_cannot_protect_stops_the_start(string because)
    {
        var (settings, setting, secret) = Arrange(because);
        using var configured = factory.WithSettings(settings);

        var error = Should.Throw<StartupConfigurationException>(() => configured.CreateClient(), because);

        error.Problems.Count.ShouldBe(1, because);
        error.Message.ShouldContain(setting, Case.Sensitive, because);
        if (secret is not null)
        {
            error.Message.ShouldNotContain(secret, Case.Sensitive, because);
        }

        StartupFailure.Describe(error).ShouldNotBeNull().ShouldBe(error.Problems);
    }

    private ((string, string)[] Settings, string Setting, string? Secret) Arrange(string because)
    {
        using var certificate = TestCertificates.Create("settings " + because);
        var pfx = TestCertificates.WritePfx(certificate, _temp.Root, Password);
        var tooShort = Convert.ToBase64String(new byte[16]);
        switch (because)
        {
            case "wrong password":
                return ([("DataProtection:Certificate:Path", pfx), ("DataProtection:Certificate:Password", WrongPassword)], "DataProtection:Certificate:Password", WrongPassword);
            case "no password for a protected pfx":
                return ([("DataProtection:Certificate:Path", pfx)], "DataProtection:Certificate:Path", Password);
            case "missing file":
                return ([("DataProtection:Certificate:Path", Path.Combine(_temp.Root, "nowhere.pfx")), ("DataProtection:Certificate:Password", Password)], "DataProtection:Certificate:Path", Password);
            case "missing key file":
                var (crt, _) = TestCertificates.WritePem(certificate, _temp.Root);
                return ([("DataProtection:Certificate:Path", crt), ("DataProtection:Certificate:KeyPath", Path.Combine(_temp.Root, "nowhere.key"))], "DataProtection:Certificate:KeyPath", null);
            case "certificate without its key":
                var publicOnly = Path.Combine(_temp.Root, "public.crt");
                File.WriteAllText(publicOnly, certificate.ExportCertificatePem());
                return ([("DataProtection:Certificate:Path", publicOnly)], "DataProtection:Certificate:Path", null);
            case "small RSA key":
                using (var small = TestCertificates.Create("small", keySize: 1024))
                {
                    return ([("DataProtection:Certificate:Path", TestCertificates.WritePfx(small, _temp.Root, Password)), ("DataProtection:Certificate:Password", Password)], "DataProtection:Certificate", Password);
                }

            case "path and thumbprint":
                return ([("DataProtection:Certificate:Path", pfx), ("DataProtection:Certificate:Password", Password), ("DataProtection:Certificate:Thumbprint", certificate.Thumbprint)], "DataProtection:Certificate", Password);
            case "unknown thumbprint":
                return ([("DataProtection:Certificate:Thumbprint", certificate.Thumbprint)], "DataProtection:Certificate:Thumbprint", null);
            case "short key-encryption key":
                return ([("DataProtection:KeyEncryptionKey", tooShort)], "DataProtection:KeyEncryptionKey", tooShort);
            case "key-encryption key not base64":
                return ([("DataProtection:KeyEncryptionKey", "not-base64-at-all-but-a-password!")], "DataProtection:KeyEncryptionKey", "not-base64-at-all-but-a-password!");
            case "huge key-encryption key":
                var huge = Convert.ToBase64String(new byte[1 << 20]);
                return ([("DataProtection:KeyEncryptionKey", huge)], "DataProtection:KeyEncryptionKey", huge[..64]);
            case "bad previous key-encryption key":
                return ([("DataProtection:KeyEncryptionKey", KeyEncryptionKey.Generate().ToBase64()), ("DataProtection:PreviousKeyEncryptionKeys:0", tooShort)], "DataProtection:PreviousKeyEncryptionKeys:0", tooShort);
            case "bad previous certificate":
                return ([("DataProtection:Certificate:Path", pfx), ("DataProtection:Certificate:Password", Password), ("DataProtection:PreviousCertificates:0:Path", pfx), ("DataProtection:PreviousCertificates:0:Password", WrongPassword)], "DataProtection:PreviousCertificates:0:Password", WrongPassword);
            case "certificate inside the data folder":
                var data = Directory.CreateDirectory(Path.Combine(_temp.Root, "data")).FullName;
                var inside = TestCertificates.WritePfx(certificate, data, Password);
                return ([("Storage:DataDirectory", data), ("DataProtection:Certificate:Path", inside), ("DataProtection:Certificate:Password", Password)], "DataProtection:Certificate:Path", Password);
            default:
                var kek = KeyEncryptionKey.Generate().ToBase64();
                return ([("DataProtection:Certificate:Path", pfx), ("DataProtection:Certificate:Password", Password), ("DataProtection:KeyEncryptionKey", kek)], "DataProtection:Certificate and DataProtection:KeyEncryptionKey", kek);
        }
    }

    public void Dispose() => _temp.Dispose();
}
