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
    /// Omit password or accessToken to keep the saved one. An access token is used as given, not refreshed.
    /// </summary>
    public async Task<SaveSmtpSettingsPayload> SaveSmtpSettings(SmtpSettingsInput input, IResolverContext context, [Service] SmtpSettingsService service)
    {
        var result = await service.SaveAsync(context.RequireCaller().UserId, input, context.RequestAborted);
        return new SaveSmtpSettingsPayload(result.Settings, result.Problems.Select(p => new InputError([p.Field], p.Code, p.Message)).ToList());
    }

    /// <summary>Connects to the server with these settings (the saved password or access token when none is given) and says exactly what failed.</summary>
    public async Task<TestSmtpSettingsPayload> TestSmtpSettings(SmtpSettingsInput input, IResolverContext context, [Service] SmtpSettingsService service)
    {
        var problems = SmtpSettingsService.Validate(input);
        if (problems.Count > 0)
        {
            return new TestSmtpSettingsPayload(null, problems.Select(p => new InputError([p.Field], p.Code, p.Message)).ToList());
        }

        var settings = await service.ForTestAsync(context.RequireCaller().UserId, input, context.RequestAborted);
        return new TestSmtpSettingsPayload(await service.TestAsync(settings, context.RequestAborted));
    }
}
