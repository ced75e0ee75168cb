using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportGraph.Host.Tests.Deliveries.Support;
using ReportGraph.Host.Tests.Infrastructure;

namespace ReportGraph.Host.Tests.Hardening;

/// <summary><c>Security:KeyProtectionCertificate</c>: the Data Protection keys are encrypted at rest and survive a restart.</summary>
public sealed class KeyProtectionTests : IDisposable
{
    private const string PfxPassword = "pfx-password-for-tests";
    private readonly TempFolder _folder = new("rg-keys");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Keys_written_with_a_certificate_hold_no_master_key_in_clear_and_are_read_again_after_a_restart()
    {
        var data = _folder.Combine("data");
        var settings = new Dictionary<string, string?>
        {
            ["Security:KeyProtectionCertificate:Path"] = WritePfx(_folder.Combine("keys.pfx")),
            ["Security:KeyProtectionCertificate:Password"] = PfxPassword,
        };
        string protectedText;
        using (var first = new ReportGraphFactory(data, settings: settings))
        {
            protectedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("saved secret");
        }

        var keyFiles = Directory.GetFiles(Path.Combine(data, "keys"), "*.xml");
        Assert.NotEmpty(keyFiles);
        foreach (var file in keyFiles)
        {
            var xml = await File.ReadAllTextAsync(file);
            Assert.DoesNotContain("<masterKey", xml);
            Assert.Contains("EncryptedData", xml);
        }

        using var second = new ReportGraphFactory(data, settings: settings);
        Assert.Equal("saved secret", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText));
    }

    [Fact]
    public void Without_a_certificate_the_start_warns_that_the_keys_are_unencrypted_and_names_the_setting()
    {
        var logs = new ConcurrentQueue<string>();
        using var factory = new ReportGraphFactory(_folder.Combine("data"));
        using var app = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(new CapturingLoggerProvider(logs))));

        _ = app.Server; // starts the host

        Assert.Contains(logs, line => line.Contains("stored unencrypted", StringComparison.Ordinal)
            && line.Contains("Security:KeyProtectionCertificate:Path", StringComparison.Ordinal));
    }

    private static string WritePfx(string path)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=ReportGraph key protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, PfxPassword));
        return path;
    }
}
