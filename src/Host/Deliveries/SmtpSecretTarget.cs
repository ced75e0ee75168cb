namespace ReportGraph.Host.Deliveries;

/// <summary>
/// A saved password or access token is only ever used with the host, port, security and user name it was saved for
/// (as GitHub and Grafana treat secret fields). Otherwise anyone able to edit the settings — or a stolen session —
/// could send the saved secret to a server of their choice, in clear with security None.
/// </summary>
internal static class SmtpSecretTarget
{
    /// <summary>The fields of <paramref name="input"/> that differ from <paramref name="saved"/>'s target, or null when none does.</summary>
    public static string? Changes(SmtpSettings saved, SmtpSettingsForm input)
    {
        var changed = new List<string>();
        if (!string.Equals(saved.Host, input.Host.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            changed.Add("host");
        }

        if (saved.Port != input.Port)
        {
            changed.Add("port");
        }

        if (saved.Security != input.Security)
        {
            changed.Add("security");
        }

        var userName = string.IsNullOrWhiteSpace(input.UserName) ? null : input.UserName.Trim();
        if (!string.Equals(saved.UserName, userName, StringComparison.Ordinal))
        {
            changed.Add("user name");
        }

        return changed.Count == 0 ? null : string.Join(", ", changed);
    }

    /// <summary>
    /// A problem for each saved secret that <paramref name="input"/> would use without entering it again: the password
    /// with PASSWORD authentication and a user name, the access token with XOAUTH2.
    /// </summary>
    public static IReadOnlyList<SmtpSettingsProblem> MissingSecrets(SmtpSettings saved, SmtpSettingsForm input, string changed)
    {
        var problems = new List<SmtpSettingsProblem>();
        var authentication = input.Authentication ?? SmtpAuthentication.Password;
        if (authentication == SmtpAuthentication.Password && !string.IsNullOrWhiteSpace(input.UserName)
            && input.Password is null && saved.EncryptedPassword is not null)
        {
            problems.Add(new("password", "REQUIRED",
                $"Enter the password again: a saved password is only used with the host, port, security and user name it was saved for, and the {changed} changed."));
        }

        if (authentication == SmtpAuthentication.XOAuth2 && input.AccessToken is null && saved.EncryptedAccessToken is not null)
        {
            problems.Add(new("accessToken", "REQUIRED",
                $"Enter the access token again: a saved access token is only used with the host, port, security and user name it was saved for, and the {changed} changed."));
        }

        return problems;
    }
}
