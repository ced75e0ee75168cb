using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ReportGraph.Host.Data;

/// <summary>
/// Configuration section <c>Security:KeyProtectionCertificate</c>: a PFX whose certificate encrypts the Data
/// Protection keys at rest (the keys that encrypt SMTP passwords and sign cookies and download links). Without it the
/// keys lie in clear in the keys folder, and anyone who can read the data folder can decrypt the saved secrets.
/// </summary>
public sealed class KeyProtectionOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Security:KeyProtectionCertificate";

    /// <summary>Path of the PFX (PKCS#12) file with the certificate and its RSA private key; relative to the content root.</summary>
    public string? Path { get; set; }

    /// <summary>The PFX's password; keep it in the environment or a secret store, not appsettings.json.</summary>
    public string? Password { get; set; }

    /// <summary>Whether a certificate is configured.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Path);

    /// <summary>
    /// Loads the certificate, or says in one line what is wrong (missing file, wrong password, no RSA private key).
    /// </summary>
    public X509Certificate2? TryLoad(string contentRoot, out string? problem)
    {
        problem = null;
        var path = System.IO.Path.GetFullPath(Path!, contentRoot);
        if (!File.Exists(path))
        {
            problem = $"{Section}:Path must name an existing PFX file (not found: {path}).";
            return null;
        }

        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, Password);
            using var key = certificate.GetRSAPrivateKey();
            if (key is not null)
            {
                return certificate;
            }

            certificate.Dispose();
            problem = $"{Section}:Path must name a PFX holding an RSA certificate with its private key ({path} has none).";
        }
        catch (CryptographicException e)
        {
            problem = $"{Section}:Path and :Password must open a PFX file ({path}: {e.Message.TrimEnd('.')}; is the password right?).";
        }

        return null;
    }
}
