using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace ReportGraph.Host.Data;

/// <summary>Data Protection keys: kept in the data folder or the store (see <see cref="KeyRingStore"/>), encrypted with the configured certificate, checked at start.</summary>
internal static class KeyProtection
{
    /// <summary>
    /// Keys protected with <c>Security:KeyProtectionCertificate</c> when it is set. The
    /// certificate is loaded here because Data Protection takes it while registering; one that does not load is left
    /// out here and reported by <see cref="KeyProtectionValidator"/>, which stops the start.
    /// </summary>
    public static IDataProtectionBuilder ProtectKeysAsConfigured(this IDataProtectionBuilder builder, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(KeyProtectionOptions.Section).Get<KeyProtectionOptions>() ?? new KeyProtectionOptions();
        builder.Services.AddOptions<KeyProtectionOptions>().Bind(configuration.GetSection(KeyProtectionOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<KeyProtectionOptions>>(new KeyProtectionValidator(contentRoot));
        builder.Services.AddHostedService<KeyProtectionWarning>();
        if (options.IsConfigured && options.TryLoad(contentRoot, out _) is { } certificate)
        {
            builder.ProtectKeysWithCertificate(certificate);
        }

        return builder;
    }

    private sealed class KeyProtectionValidator(string contentRoot) : IValidateOptions<KeyProtectionOptions>
    {
        public ValidateOptionsResult Validate(string? name, KeyProtectionOptions options)
        {
            if (!options.IsConfigured)
            {
                return ValidateOptionsResult.Success;
            }

            using var certificate = options.TryLoad(contentRoot, out var problem);
            return problem is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problem);
        }
    }

    /// <summary>Says once per start that the keys lie in clear, and which setting changes that.</summary>
    private sealed class KeyProtectionWarning(IOptions<KeyProtectionOptions> options, IOptions<DatabaseOptions> database, DataDirectory data, ILogger<KeyProtectionWarning> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (!options.Value.IsConfigured)
            {
                var place = database.Value.Provider == DatabaseProvider.PostgreSQL ? "the store's data_protection_keys table" : Path.Combine(data.Path, "keys");
                logger.LogWarning("Data Protection keys in {Place} are stored unencrypted: anyone who can read them can decrypt saved SMTP passwords and forge sessions. Set Security:KeyProtectionCertificate:Path and :Password (a PFX with an RSA key) to encrypt them at rest.",
                    place);
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
