using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Deliveries;

/// <summary>The result of saveSmtpSettings.</summary>
public sealed class SaveSmtpSettingsPayload(SmtpSettingsView? settings, IReadOnlyList<InputError>? errors = null) : Payload(errors)
{
    /// <summary>The saved settings (never the password or access token; hasPassword and hasAccessToken say whether one is saved).</summary>
    public SmtpSettingsView? SmtpSettings { get; } = settings;
}

/// <summary>The result of testSmtpSettings.</summary>
public sealed class TestSmtpSettingsPayload(SmtpTestResult? result, IReadOnlyList<InputError>? errors = null) : Payload(errors)
{
    /// <summary>What happened: code OK, DNS, CONNECT, TLS, AUTH, SENDER, PROTOCOL or UNSUPPORTED, with a message.</summary>
    public SmtpTestResult? Result { get; } = result;
}

/// <summary>Your SMTP server settings.</summary>
[ExtendObjectType("Query")]
public sealed class SmtpSettingsQueries
{
    /// <summary>Your saved SMTP settings (never the password), or null when the global default is used.</summary>
    public Task<SmtpSettingsView?> SmtpSettings(IResolverContext context, [Service] SmtpSettingsService service) =>
        service.LoadAsync(context.RequireCaller().UserId, context.RequestAborted);

    /// <summary>Settings of common providers to start from (host, port, security, what the user name is).</summary>
    public IReadOnlyList<SmtpPreset> SmtpPresets(IResolverContext context)
    {
        context.RequireCaller();
        return Deliveries.SmtpPresets.All;
    }
}

/// <summary>Saving and testing your SMTP server settings.</summary>
[ExtendObjectType("Mutation")]
public sealed class SmtpSettingsMutations
{
    /// <summary>
    /// Saves your SMTP settings; the password and the XOAUTH2 access token are encrypted at rest and never returned.
    /// Omit password or accessToken to keep the saved one; changing host, port, security or user name requires entering
    /// it again. An access token is used as given, not refreshed.
    /// </summary>
    /// <param name="input">The server, sign-in and sender to save.</param>
    public async Task<SaveSmtpSettingsPayload> SaveSmtpSettings(SaveSmtpSettingsInput input, IResolverContext context, [Service] SmtpSettingsService service)
    {
        var result = await service.SaveAsync(context.RequireCaller().UserId, input, context.RequestAborted);
        return new SaveSmtpSettingsPayload(result.Settings, result.Problems.Select(p => new InputError([p.Field], p.Code, p.Message)).ToList());
    }

    /// <summary>
    /// Connects to the server with these settings and says exactly what failed. Without a password or access token, the
    /// saved one is used only when host, port, security and user name are the ones it was saved for. A host that resolves
    /// to a private address is refused unless an administrator allows it (<c>Delivery:AllowPrivateSmtpHosts</c>).
    /// </summary>
    /// <param name="input">The server, sign-in and sender to try.</param>
    public async Task<TestSmtpSettingsPayload> TestSmtpSettings(TestSmtpSettingsInput input, IResolverContext context, [Service] SmtpSettingsService service)
    {
        var outcome = await service.TestInputAsync(context.RequireCaller().UserId, input, context.RequestAborted);
        return new TestSmtpSettingsPayload(outcome.Result, outcome.Problems.Select(p => new InputError([p.Field], p.Code, p.Message)).ToList());
    }
}
