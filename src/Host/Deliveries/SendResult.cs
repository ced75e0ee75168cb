namespace ReportGraph.Host.Deliveries;

/// <summary>How one send attempt ended.</summary>
public enum SendOutcome
{
    /// <summary>The server accepted the message.</summary>
    Accepted,
    /// <summary>Worth retrying: a 4xx reply, a timeout, a refused or broken connection.</summary>
    Transient,
    /// <summary>Not worth retrying: a 5xx reply (unknown mailbox, rejected content, authentication failed), an untrusted certificate.</summary>
    Permanent,
}

/// <summary>The result of one send attempt, with the server's reply (or what went wrong) as text.</summary>
/// <param name="Outcome">Accepted, transient or permanent.</param>
/// <param name="Reply">e.g. <c>550 5.1.1 mailbox unavailable</c> or <c>Connection to 127.0.0.1:2525 failed: …</c>.</param>
public sealed record SendResult(SendOutcome Outcome, string Reply);
