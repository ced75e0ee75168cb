namespace ReportGraph.Host.Deliveries;

/// <summary>Configuration section <c>Delivery</c>: links in emails, attachment limit, retries and the default SMTP server.</summary>
public sealed class DeliveryOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Delivery";

    /// <summary>
    /// Absolute http(s) URL under which recipients reach this host, e.g. <c>https://reports.example.com</c>;
    /// unsubscribe and download links in emails start with it. Unset: the address the host listens on
    /// (see <see cref="Deliveries.PublicBaseUrl"/>).
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// Largest total size of attachments in one email, measured after base64 (4/3 of the file sizes).
    /// Files that do not fit are offered by signed download link instead. Default 10 MB.
    /// </summary>
    public long MaxAttachmentBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>
    /// How many times one email is tried while its execution runs (4xx replies, timeouts, refused connections).
    /// After that the delivery stays Pending in the store with a next-attempt time and is retried by any node until
    /// <see cref="GiveUpAfter"/>. Default 5.
    /// </summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Upper bound of the first retry delay; doubles per attempt (full jitter). Default 2 s.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Cap of the retry delay. Default 5 min.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long after its first transient failure a delivery keeps being retried before it is Failed with the
    /// server's last reply. Default 24 hours (RFC 5321 suggests days for mail servers; reports go stale sooner).
    /// </summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often each node looks for deliveries whose next attempt is due. Default 15 s.</summary>
    public TimeSpan RetryPollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Most emails one owner's schedules may send in any 24 hours (a rolling window: deliveries Sent or waiting
    /// for a retry, of executions started in the last 24 hours). Deliveries beyond it are Failed with the reason
    /// recorded. 0 = unlimited. Default 1000.
    /// </summary>
    public int DailyLimitPerOwner { get; set; } = 1000;

    /// <summary>Time limit of one SMTP conversation (send or connection test). Default 60 s.</summary>
    public TimeSpan SmtpTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a download link in an email stays valid. Default 7 days.</summary>
    public TimeSpan DownloadLinkLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How many emails of one execution are sent at the same time, each over its own SMTP connection that is then
    /// reused for the execution's next emails (so at most this many connections per execution). Default 4.
    /// </summary>
    public int MaxParallelSends { get; set; } = 4;

    /// <summary>
    /// Optional address that receives unsubscribe requests by mail; when set, <c>List-Unsubscribe</c> also carries
    /// a <c>mailto:</c> link. The HTTPS link is always present.
    /// </summary>
    public string? UnsubscribeMailto { get; set; }

    /// <summary>
    /// Whether members' SMTP settings may name a host that resolves to a loopback, link-local or private address
    /// (10/8, 172.16/12, 192.168/16, fc00::/7 and the like), for sending and for testSmtpSettings. Off by default so
    /// the service cannot be used to probe its own network; on in Development. <see cref="Smtp"/> is always allowed.
    /// </summary>
    public bool? AllowPrivateSmtpHosts { get; set; }

    /// <summary>
    /// Whether schedules' webhooks may point at a loopback, link-local or private address (checked when saved and
    /// again, on the resolved addresses, at every post), and use plain http there. Off by default so the service
    /// cannot be used to reach its own network; on in Development.
    /// </summary>
    public bool? AllowPrivateWebhookHosts { get; set; }

    /// <summary>Time limit of one webhook post (connect, send, answer). Default 30 s.</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Largest webhook body in bytes; KPIs and links beyond it are left out (the rest is still posted). Default
    /// 25 KB, under Teams' 28 KB card limit and Slack's 40,000-character message.
    /// </summary>
    public int MaxWebhookBytes { get; set; } = 25 * 1024;

    /// <summary>The SMTP server used for owners who saved no settings of their own (section <c>Delivery:Smtp</c>).</summary>
    public DefaultSmtpServerOptions Smtp { get; set; } = new();

    /// <summary>
    /// A folder where emails are written as .eml files when no SMTP server is configured at all (the owner saved
    /// none and <c>Delivery:Smtp:Host</c> is empty), instead of failing every delivery. Meant for trying
    /// ReportGraph out: the Development profile sets it to <c>outbox</c>. A relative path is under the data
    /// directory. Empty (the default): without a server, deliveries fail saying what to configure.
    /// </summary>
    public string? OutboxDirectory { get; set; }
}

/// <summary>Configuration section <c>Delivery:Smtp</c>: the global default SMTP server. Leave Host empty for none.</summary>
public sealed class DefaultSmtpServerOptions
{
    /// <summary>Host name or address; empty means "no default server".</summary>
    public string? Host { get; set; }

    /// <summary>Port: 587 for STARTTLS, 25 for relays.</summary>
    public int Port { get; set; } = 587;

    /// <summary>None, StartTls (usually port 587) or ImplicitTls (TLS from the first byte, usually port 465).</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>User name, when the server requires authentication.</summary>
    public string? UserName { get; set; }

    /// <summary>Password; keep it in user secrets or the environment, not in appsettings.json.</summary>
    public string? Password { get; set; }

    /// <summary>Password (the default) or XOAuth2 (UserName and AccessToken, AUTH XOAUTH2).</summary>
    public SmtpAuthentication Authentication { get; set; } = SmtpAuthentication.Password;

    /// <summary>OAuth 2.0 access token for XOAuth2; used as it is (not refreshed). Keep it out of appsettings.json.</summary>
    public string? AccessToken { get; set; }

    /// <summary>Sender address.</summary>
    public string? FromAddress { get; set; }

    /// <summary>Sender name.</summary>
    public string? FromName { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"{Host}:{Port} ({Security}) as {UserName ?? "anonymous"}";
}
