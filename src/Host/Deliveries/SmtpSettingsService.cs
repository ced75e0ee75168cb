using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Deliveries;

/// <summary>
/// Owners' SMTP settings: saved with the password and access token encrypted by Data Protection, shown without them, resolved for
/// sending (owner's settings, else the global default, else the outbox folder), and tested step by step.
/// </summary>
public sealed class SmtpSettingsService
{
    private const string PasswordPurpose = "ReportGraph.SmtpPassword.v1";
    private const string AccessTokenPurpose = "ReportGraph.SmtpAccessToken.v1";
    private const int MaxAccessTokenLength = 10_000;
    private readonly IDbContextFactory<ReportGraphDbContext> _dbs;
    private readonly IDataProtector _passwords;
    private readonly IDataProtector _accessTokens;
    private readonly IOptionsMonitor<DeliveryOptions> _options;
    private readonly TimeProvider _clock;
    private readonly DataDirectory _dataDirectory;

    /// <summary>Creates the service.</summary>
    public SmtpSettingsService(IDbContextFactory<ReportGraphDbContext> dbs, IDataProtectionProvider dataProtection,
        IOptionsMonitor<DeliveryOptions> options, TimeProvider clock, DataDirectory dataDirectory)
    {
        _dbs = dbs;
        _dataDirectory = dataDirectory;
        _passwords = dataProtection.CreateProtector(PasswordPurpose);
        _accessTokens = dataProtection.CreateProtector(AccessTokenPurpose);
        _options = options;
        _clock = clock;
    }

    /// <summary>Every problem of <paramref name="input"/>, each naming its field; empty when it can be saved.</summary>
    public static IReadOnlyList<SmtpSettingsProblem> Validate(SmtpSettingsForm input)
    {
        var problems = new List<SmtpSettingsProblem>();
        if (string.IsNullOrWhiteSpace(input.Host))
        {
            problems.Add(new("host", "REQUIRED", "The SMTP host is required, e.g. smtp.example.com."));
        }
        else if (input.Host.Length > 255 || Uri.CheckHostName(input.Host.Trim()) == UriHostNameType.Unknown)
        {
            problems.Add(new("host", "INVALID", $"\"{input.Host}\" is not a host name or IP address (no scheme, no port), e.g. smtp.example.com."));
        }

        if (input.Port is < 1 or > 65535)
        {
            problems.Add(new("port", "OUT_OF_RANGE", $"The port must be between 1 and 65535 (587 for STARTTLS, 25 for relays); got {input.Port}."));
        }

        if (!Enum.IsDefined(input.Security))
        {
            problems.Add(new("security", "INVALID", "Security must be NONE, START_TLS or IMPLICIT_TLS."));
        }

        if (input.UserName is { Length: > 320 })
        {
            problems.Add(new("userName", "INVALID", "The user name may have at most 320 characters."));
        }

        if (input.Password is { Length: > 1000 })
        {
            problems.Add(new("password", "INVALID", "The password may have at most 1000 characters."));
        }

        if (input.Authentication is { } authentication && !Enum.IsDefined(authentication))
        {
            problems.Add(new("authentication", "INVALID", "Authentication must be PASSWORD or XOAUTH2."));
        }
        else if (input.Authentication == SmtpAuthentication.XOAuth2 && string.IsNullOrWhiteSpace(input.UserName))
        {
            problems.Add(new("userName", "REQUIRED", "XOAUTH2 needs the user name: the mailbox the access token was issued for, e.g. reports@example.com."));
        }

        // A token is printable ASCII (RFC 6750); a control character would also break the XOAUTH2 string it is sent in.
        if (input.AccessToken is { Length: > 0 } token && (token.Length > MaxAccessTokenLength || token.Any(c => c is <= ' ' or > '~')))
        {
            problems.Add(new("accessToken", "INVALID", $"The access token must be at most {MaxAccessTokenLength} printable ASCII characters without spaces (paste the token alone, without \"Bearer\")."));
        }

        if (string.IsNullOrWhiteSpace(input.FromAddress))
        {
            problems.Add(new("fromAddress", "REQUIRED", "The sender address is required, e.g. reports@example.com."));
        }
        else if (!EmailAddresses.IsValid(input.FromAddress))
        {
            problems.Add(new("fromAddress", "INVALID", $"\"{input.FromAddress}\" is not an email address, e.g. reports@example.com."));
        }

        if (input.FromName is { Length: > 200 } || (input.FromName?.Any(char.IsControl) ?? false))
        {
            problems.Add(new("fromName", "INVALID", "The sender name must be one line of at most 200 characters."));
        }

        return problems;
    }

    /// <summary>
    /// Saves the owner's settings after validation. The password is encrypted; when <see cref="SmtpSettingsForm.Password"/>
    /// is null the saved password is kept, when empty it is removed.
    /// </summary>
    public async Task<SmtpSettingsSaveResult> SaveAsync(Guid ownerId, SmtpSettingsForm input, CancellationToken cancellationToken)
    {
        var problems = Validate(input);
        if (problems.Count > 0)
        {
            return new SmtpSettingsSaveResult(null, problems);
        }

        await using var db = await _dbs.CreateDbContextAsync(cancellationToken);
        var row = await db.SmtpSettings.SingleOrDefaultAsync(s => s.OwnerId == ownerId, cancellationToken);
        if (row is null)
        {
            row = new SmtpSettings { OwnerId = ownerId, Host = input.Host.Trim(), FromAddress = input.FromAddress.Trim() };
            db.SmtpSettings.Add(row);
        }
        else if (SmtpSecretTarget.Changes(row, input) is { } changed)
        {
            // A saved secret belongs to the server and user it was saved for: one that the new settings would use must
            // be entered again; one they would not use is dropped rather than kept for a server it was never meant for.
            var secretProblems = SmtpSecretTarget.MissingSecrets(row, input, changed);
            if (secretProblems.Count > 0)
            {
                return new SmtpSettingsSaveResult(null, secretProblems);
            }

            row.EncryptedPassword = null;
            row.EncryptedAccessToken = null;
        }

        row.Host = input.Host.Trim();
        row.Port = input.Port;
        row.Security = input.Security;
        row.UserName = string.IsNullOrWhiteSpace(input.UserName) ? null : input.UserName.Trim();
        row.FromAddress = input.FromAddress.Trim();
        row.FromName = string.IsNullOrWhiteSpace(input.FromName) ? null : input.FromName.Trim();
        if (input.Password is not null)
        {
            row.EncryptedPassword = input.Password.Length == 0 ? null : _passwords.Protect(input.Password);
        }

        row.Authentication = input.Authentication ?? SmtpAuthentication.Password;
        if (input.AccessToken is not null)
        {
            row.EncryptedAccessToken = input.AccessToken.Length == 0 ? null : _accessTokens.Protect(input.AccessToken);
        }

        if (row.Authentication == SmtpAuthentication.XOAuth2 && row.EncryptedAccessToken is null)
        {
            return new SmtpSettingsSaveResult(null, [new("accessToken", "REQUIRED", "XOAUTH2 needs an OAuth 2.0 access token for the user name's mailbox (none is saved yet).")]);
        }

        row.UpdatedAt = _clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return new SmtpSettingsSaveResult(ToView(row), []);
    }

    /// <summary>The owner's saved settings without the password, or null when none are saved.</summary>
    public async Task<SmtpSettingsView?> LoadAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        await using var db = await _dbs.CreateDbContextAsync(cancellationToken);
        var row = await db.SmtpSettings.AsNoTracking().SingleOrDefaultAsync(s => s.OwnerId == ownerId, cancellationToken);
        return row is null ? null : ToView(row);
    }

    /// <summary>Removes the owner's settings, so the global default applies again. True when something was removed.</summary>
    public async Task<bool> DeleteAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        await using var db = await _dbs.CreateDbContextAsync(cancellationToken);
        return await db.SmtpSettings.Where(s => s.OwnerId == ownerId).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>
    /// The settings to send the owner's emails with: the owner's saved ones (password decrypted), else the global
    /// default from <c>Delivery:Smtp</c>, else null (no server configured).
    /// </summary>
    public async Task<SmtpServerSettings?> ResolveAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        await using var db = await _dbs.CreateDbContextAsync(cancellationToken);
        var row = await db.SmtpSettings.AsNoTracking().SingleOrDefaultAsync(s => s.OwnerId == ownerId, cancellationToken);
        if (row is not null)
        {
            return new SmtpServerSettings(row.Host, row.Port, row.Security, row.UserName,
                row.EncryptedPassword is null ? null : _passwords.Unprotect(row.EncryptedPassword), row.FromAddress, row.FromName)
            {
                Authentication = row.Authentication,
                AccessToken = row.EncryptedAccessToken is null ? null : _accessTokens.Unprotect(row.EncryptedAccessToken),
                AllowPrivateAddresses = AllowPrivateHosts,
            };
        }

        return GlobalDefault() ?? Outbox();
    }

    /// <summary>The outbox folder (<c>Delivery:OutboxDirectory</c>, relative to the data directory), or null when not set.</summary>
    public SmtpServerSettings? Outbox()
    {
        var options = _options.CurrentValue;
        if (string.IsNullOrWhiteSpace(options.OutboxDirectory))
        {
            return null;
        }
        var folder = Path.GetFullPath(options.OutboxDirectory, _dataDirectory.Path);
        var from = string.IsNullOrWhiteSpace(options.Smtp.FromAddress) ? "reports@reportgraph.local" : options.Smtp.FromAddress;
        return SmtpServerSettings.ForOutbox(folder, from, options.Smtp.FromName ?? "ReportGraph");
    }

    /// <summary>The global default server from configuration, or null when <c>Delivery:Smtp:Host</c> is empty.</summary>
    public SmtpServerSettings? GlobalDefault()
    {
        var smtp = _options.CurrentValue.Smtp;
        return string.IsNullOrWhiteSpace(smtp.Host)
            ? null
            : new SmtpServerSettings(smtp.Host, smtp.Port, smtp.Security, smtp.UserName, smtp.Password, smtp.FromAddress ?? string.Empty, smtp.FromName)
            {
                Source = SmtpSettingsSource.GlobalDefault,
                Authentication = smtp.Authentication,
                AccessToken = smtp.AccessToken,
                // Trusted: the operator configured this server, often a relay on localhost or in the private network.
                AllowPrivateAddresses = true,
            };
    }

    /// <summary>
    /// The settings a test of <paramref name="input"/> should use: the input, with the owner's saved password and access
    /// token when the input omits them (a form never shows saved secrets, so "test" must work without retyping them) —
    /// but only when host, port, security and user name are the ones they were saved for; otherwise a secret the test
    /// needs must be entered, and the result names the field.
    /// </summary>
    public async Task<SmtpSettingsForTest> ForTestAsync(Guid ownerId, SmtpSettingsForm input, CancellationToken cancellationToken)
    {
        var password = input.Password;
        var accessToken = input.AccessToken;
        if (password is null || accessToken is null)
        {
            await using var db = await _dbs.CreateDbContextAsync(cancellationToken);
            var saved = await db.SmtpSettings.AsNoTracking().SingleOrDefaultAsync(s => s.OwnerId == ownerId, cancellationToken);
            if (saved is not null && SmtpSecretTarget.Changes(saved, input) is { } changed)
            {
                var problems = SmtpSecretTarget.MissingSecrets(saved, input, changed);
                if (problems.Count > 0)
                {
                    return new SmtpSettingsForTest(null, problems);
                }

                saved = null; // the saved secrets belong to another server: test without them
            }

            password ??= saved?.EncryptedPassword is { } encryptedPassword ? _passwords.Unprotect(encryptedPassword) : null;
            accessToken ??= saved?.EncryptedAccessToken is { } encryptedToken ? _accessTokens.Unprotect(encryptedToken) : null;
        }

        return new SmtpSettingsForTest(new SmtpServerSettings(input.Host.Trim(), input.Port, input.Security,
            string.IsNullOrWhiteSpace(input.UserName) ? null : input.UserName.Trim(), password, input.FromAddress.Trim(), input.FromName)
        {
            Authentication = input.Authentication ?? SmtpAuthentication.Password,
            AccessToken = string.IsNullOrEmpty(accessToken) ? null : accessToken,
            AllowPrivateAddresses = AllowPrivateHosts,
        }, []);
    }

    /// <summary>
    /// Validates <paramref name="input"/>, picks the secrets as <see cref="ForTestAsync"/> does and tests the connection.
    /// Problems with the input, a missing secret and a host that resolves to a private address come back as problems
    /// naming the field; everything that happens on the wire as the result.
    /// </summary>
    public async Task<SmtpSettingsTestOutcome> TestInputAsync(Guid ownerId, SmtpSettingsForm input, CancellationToken cancellationToken)
    {
        var problems = Validate(input);
        if (problems.Count > 0)
        {
            return new SmtpSettingsTestOutcome(null, problems);
        }

        var prepared = await ForTestAsync(ownerId, input, cancellationToken);
        if (prepared.Settings is not { } settings)
        {
            return new SmtpSettingsTestOutcome(null, prepared.Problems);
        }

        try
        {
            return new SmtpSettingsTestOutcome(await TestAsync(settings, cancellationToken), []);
        }
        catch (SmtpHostNotAllowedException e)
        {
            return new SmtpSettingsTestOutcome(null, [new("host", "NOT_ALLOWED", e.Message)]);
        }
    }

    /// <summary>
    /// Connects with <paramref name="settings"/> and reports the first step that failed (DNS, connect, TLS, auth,
    /// sender) with a code and a message; sends nothing. Throws <see cref="SmtpHostNotAllowedException"/> when the host
    /// resolves to a private address that <paramref name="settings"/> do not allow.
    /// </summary>
    public Task<SmtpTestResult> TestAsync(SmtpServerSettings settings, CancellationToken cancellationToken) =>
        new SmtpConnectionTester(_options.CurrentValue.SmtpTimeout).TestAsync(settings, cancellationToken);

    /// <summary>Whether members' settings may reach private addresses (<c>Delivery:AllowPrivateSmtpHosts</c>).</summary>
    private bool AllowPrivateHosts => _options.CurrentValue.AllowPrivateSmtpHosts == true;

    private static SmtpSettingsView ToView(SmtpSettings row) =>
        new(row.Host, row.Port, row.Security, row.UserName, row.EncryptedPassword is not null, row.FromAddress, row.FromName, row.UpdatedAt)
        {
            Authentication = row.Authentication,
            HasAccessToken = row.EncryptedAccessToken is not null,
        };
}
