using ReportGraph.Host.Api;

namespace ReportGraph.Host.Schedules;

/// <summary>The checks of webhook inputs, every problem reported at once with its field path.</summary>
public static class WebhookRules
{
    public const int MaxUrlLength = 2000;
    public const int MaxWebhooks = 10;
    public const int MinSecretLength = 16;
    public const int MaxSecretLength = 256;

    /// <summary>New rows for the valid inputs (not yet attached to a schedule); problems go to <paramref name="errors"/>.</summary>
    public static async Task<List<ScheduleWebhook>> CheckAsync(IReadOnlyList<WebhookInput>? inputs, IReadOnlyCollection<string> existingUrls,
        IWebhookTargets? targets, List<InputError> errors, DateTimeOffset now, CancellationToken cancellationToken, string field = "webhooks")
    {
        var valid = new List<ScheduleWebhook>();
        if (inputs is null || inputs.Count == 0)
        {
            return valid;
        }

        if (targets is null)
        {
            errors.Add(new([field], InputErrorCodes.Unavailable, $"{field}: this host does not deliver to webhooks."));
            return valid;
        }

        if (inputs.Count + existingUrls.Count > MaxWebhooks)
        {
            errors.Add(new([field], InputErrorCodes.OutOfRange, $"A schedule may have at most {MaxWebhooks} webhooks."));
        }

        var seen = new HashSet<string>(existingUrls, StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var count = errors.Count;
            var name = input.Name?.Trim();
            if (string.IsNullOrEmpty(name))
                errors.Add(new([field, i, "name"], InputErrorCodes.Required, $"{field}[{i}].name is required, e.g. \"#finance\"."));
            else if (name.Length > 200)
                errors.Add(new([field, i, "name"], InputErrorCodes.TooLong, $"{field}[{i}].name may be at most 200 characters."));

            var url = await CheckUrlAsync(input.Url?.Trim(), [field, i, "url"], targets, errors, cancellationToken);
            if (url is not null && !seen.Add(url.AbsoluteUri))
                errors.Add(new([field, i, "url"], InputErrorCodes.Duplicate, $"{field}[{i}].url is already a webhook of this schedule."));

            var secret = input.Secret;
            if (input.Kind == WebhookKind.Json)
            {
                if (string.IsNullOrEmpty(secret))
                    errors.Add(new([field, i, "secret"], InputErrorCodes.Required, $"{field}[{i}].secret is required for a JSON webhook: {MinSecretLength}–{MaxSecretLength} characters the receiver uses to verify X-ReportGraph-Signature."));
                else if (secret.Length < MinSecretLength || secret.Length > MaxSecretLength)
                    errors.Add(new([field, i, "secret"], InputErrorCodes.OutOfRange, $"{field}[{i}].secret must be {MinSecretLength}–{MaxSecretLength} characters long."));
            }
            else if (secret is not null)
            {
                errors.Add(new([field, i, "secret"], InputErrorCodes.NotAllowed, $"{field}[{i}].secret is for JSON webhooks only: Slack and Teams do not verify signatures (their URL is the credential)."));
            }

            if (errors.Count == count && url is not null)
            {
                valid.Add(new ScheduleWebhook
                {
                    Kind = input.Kind,
                    Name = name!,
                    Url = url.AbsoluteUri,
                    EncryptedSecret = input.Kind == WebhookKind.Json ? targets.ProtectSecret(secret!) : null,
                    AddedAt = now,
                });
            }
        }

        return valid;
    }

    private static async Task<Uri?> CheckUrlAsync(string? text, object[] path, IWebhookTargets targets, List<InputError> errors, CancellationToken ct)
    {
        var label = $"{path[0]}[{path[1]}].url";
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(new(path, InputErrorCodes.Required, $"{label} is required: the https address of the webhook."));
            return null;
        }

        if (text.Length > MaxUrlLength)
        {
            errors.Add(new(path, InputErrorCodes.TooLong, $"{label} may be at most {MaxUrlLength} characters."));
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(url.UserInfo) || !string.IsNullOrEmpty(url.Fragment))
        {
            errors.Add(new(path, InputErrorCodes.Invalid, $"{label} must be an absolute https URL without user name or fragment, e.g. \"https://hooks.slack.com/services/T000/B000/XXXX\"."));
            return null;
        }

        if (await targets.ProblemAsync(url, ct) is { } problem)
        {
            errors.Add(new(path, InputErrorCodes.NotAllowed, $"{label}: {problem}"));
            return null;
        }

        return url;
    }
}
