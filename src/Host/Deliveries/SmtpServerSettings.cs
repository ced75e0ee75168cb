namespace ReportGraph.Host.Deliveries;

/// <summary>
/// Everything needed to talk to one SMTP server, password or access token in clear. Lives only in memory while sending
/// or testing; <see cref="ToString"/> never shows the password or the token, so logging an instance is safe.
/// </summary>
/// <param name="Host">Host name or address.</param>
/// <param name="Port">TCP port.</param>
/// <param name="Security">None, StartTls (port 587) or ImplicitTls (port 465).</param>
/// <param name="UserName">User for AUTH, or null for none.</param>
/// <param name="Password">Password for AUTH (with <see cref="SmtpAuthentication.Password"/>).</param>
/// <param name="FromAddress">Envelope and header sender.</param>
/// <param name="FromName">Sender display name.</param>
public sealed record SmtpServerSettings(string Host, int Port, SmtpSecurity Security, string? UserName, string? Password, string FromAddress, string? FromName)
{
    /// <summary>Password (the default) or XOAUTH2 with <see cref="AccessToken"/>.</summary>
    public SmtpAuthentication Authentication { get; init; } = SmtpAuthentication.Password;

    /// <summary>The OAuth 2.0 access token sent with AUTH XOAUTH2 (with <see cref="SmtpAuthentication.XOAuth2"/>).</summary>
    public string? AccessToken { get; init; }

    /// <summary>Where the settings came from: the owner's saved settings, the global default or the outbox folder.</summary>
    public SmtpSettingsSource Source { get; init; } = SmtpSettingsSource.Owner;

    /// <summary>
    /// Whether the host may resolve to a private, loopback or link-local address. False for members' settings unless
    /// <c>Delivery:AllowPrivateSmtpHosts</c>; true for the default server, which the operator configured.
    /// </summary>
    public bool AllowPrivateAddresses { get; init; }

    /// <summary>Set when messages go to this folder as .eml files instead of to a server (<see cref="SmtpSettingsSource.Outbox"/>).</summary>
    public string? OutboxDirectory { get; init; }

    /// <summary>Settings that write messages to <paramref name="folder"/> instead of sending them.</summary>
    public static SmtpServerSettings ForOutbox(string folder, string fromAddress, string? fromName) =>
        new("outbox", 0, SmtpSecurity.None, null, null, fromAddress, fromName) { Source = SmtpSettingsSource.Outbox, OutboxDirectory = folder };

    /// <inheritdoc />
    public override string ToString() => OutboxDirectory is { } folder
        ? $"outbox folder {folder}, from {FromAddress}"
        : $"{Host}:{Port} ({Security}) as {UserName ?? "anonymous"}{(Authentication == SmtpAuthentication.XOAuth2 ? " with XOAUTH2" : "")}, from {FromAddress}, {Source} settings";
}

/// <summary>Whose SMTP settings are used.</summary>
public enum SmtpSettingsSource
{
    /// <summary>The schedule owner's saved settings.</summary>
    Owner,
    /// <summary>The global default from configuration (<c>Delivery:Smtp</c>).</summary>
    GlobalDefault,
    /// <summary>No server anywhere: messages are written to <c>Delivery:OutboxDirectory</c>.</summary>
    Outbox,
}

/// <summary>
/// What an owner submits to save or test SMTP settings: the fields <see cref="SaveSmtpSettingsInput"/> and
/// <see cref="TestSmtpSettingsInput"/> share (each mutation has its own input type, named after it). A null
/// <see cref="Password"/> keeps the saved one.
/// </summary>
public abstract record SmtpSettingsForm
{
    /// <summary>Host name or address, e.g. "smtp.example.com".</summary>
    public required string Host { get; init; }

    /// <summary>TCP port, 1–65535 (587 for STARTTLS, 25 for relays).</summary>
    public required int Port { get; init; }

    /// <summary>None, StartTls (port 587) or ImplicitTls (port 465).</summary>
    public required SmtpSecurity Security { get; init; }

    /// <summary>User for AUTH, or null/empty for none; required for XOAUTH2 (the mailbox the token belongs to).</summary>
    public string? UserName { get; init; }

    /// <summary>
    /// New password; null keeps the saved one (only while host, port, security and user name stay the same), empty
    /// string removes it.
    /// </summary>
    public string? Password { get; init; }

    /// <summary>PASSWORD (when omitted) or XOAUTH2 (a user name and an OAuth 2.0 access token).</summary>
    public SmtpAuthentication? Authentication { get; init; }

    /// <summary>
    /// New OAuth 2.0 access token for XOAUTH2; null keeps the saved one (only while host, port, security and user name
    /// stay the same), empty string removes it. It is used as it is:
    /// ReportGraph does not refresh it, so paste a new one before it expires.
    /// </summary>
    public string? AccessToken { get; init; }

    /// <summary>Sender address.</summary>
    public required string FromAddress { get; init; }

    /// <summary>Sender display name.</summary>
    public string? FromName { get; init; }

    /// <inheritdoc />
    public sealed override string ToString() => $"{Host}:{Port} ({Security}) as {UserName ?? "anonymous"}, from {FromAddress}";
}

/// <summary>Input of saveSmtpSettings: the settings to save. A null password or access token keeps the saved one.</summary>
public sealed record SaveSmtpSettingsInput : SmtpSettingsForm;

/// <summary>Input of testSmtpSettings: the settings to try. A null password or access token uses the saved one.</summary>
public sealed record TestSmtpSettingsInput : SmtpSettingsForm;

/// <summary>Saved SMTP settings as shown to their owner: never the password, only whether one is saved.</summary>
/// <param name="Host">Host.</param>
/// <param name="Port">Port.</param>
/// <param name="Security">Security.</param>
/// <param name="UserName">User.</param>
/// <param name="HasPassword">Whether a password is saved.</param>
/// <param name="FromAddress">Sender address.</param>
/// <param name="FromName">Sender name.</param>
/// <param name="UpdatedAt">Last save.</param>
public sealed record SmtpSettingsView(string Host, int Port, SmtpSecurity Security, string? UserName, bool HasPassword, string FromAddress, string? FromName, DateTimeOffset UpdatedAt)
{
    /// <summary>PASSWORD or XOAUTH2.</summary>
    public SmtpAuthentication Authentication { get; init; } = SmtpAuthentication.Password;

    /// <summary>Whether an XOAUTH2 access token is saved (the token itself is never returned).</summary>
    public bool HasAccessToken { get; init; }
}

/// <summary>A problem of submitted SMTP settings, with the input field at fault (camelCase, as in the API).</summary>
/// <param name="Field">e.g. <c>port</c>.</param>
/// <param name="Code">Stable code: <c>REQUIRED</c>, <c>INVALID</c>, <c>OUT_OF_RANGE</c>, <c>UNSUPPORTED</c>.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
public sealed record SmtpSettingsProblem(string Field, string Code, string Message);

/// <summary>The result of saving: the settings as saved, or every problem found.</summary>
/// <param name="Settings">The saved settings, null when there were problems.</param>
/// <param name="Problems">Empty on success.</param>
public sealed record SmtpSettingsSaveResult(SmtpSettingsView? Settings, IReadOnlyList<SmtpSettingsProblem> Problems);

/// <summary>The settings a connection test uses, or why it cannot run (a saved secret that must be entered again).</summary>
/// <param name="Settings">The settings with the secrets to use, null when there are problems.</param>
/// <param name="Problems">Empty when <paramref name="Settings"/> is set.</param>
public sealed record SmtpSettingsForTest(SmtpServerSettings? Settings, IReadOnlyList<SmtpSettingsProblem> Problems);

/// <summary>The result of testing submitted settings: what the server said, or the problems of the input.</summary>
/// <param name="Result">The test's result, null when there are problems.</param>
/// <param name="Problems">Input problems, each naming its field; empty when the test ran.</param>
public sealed record SmtpSettingsTestOutcome(SmtpTestResult? Result, IReadOnlyList<SmtpSettingsProblem> Problems);
