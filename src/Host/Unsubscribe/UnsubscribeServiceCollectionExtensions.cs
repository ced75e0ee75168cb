namespace ReportGraph.Host.Unsubscribe;

/// <summary>Registers the recipients' opt-out: the token-keyed service, its mutations and (in Program) its endpoints.</summary>
public static class UnsubscribeServiceCollectionExtensions
{
    /// <summary>Adds <see cref="RecipientOptIns"/> and the <c>unsubscribe</c>/<c>resubscribe</c> mutations.</summary>
    public static IServiceCollection AddUnsubscribe(this IServiceCollection services)
    {
        services.AddSingleton<RecipientOptIns>();
        services.AddGraphQLServer().AddTypeExtension<UnsubscribeMutations>();
        return services;
    }
}
