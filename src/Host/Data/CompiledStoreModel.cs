using Microsoft.EntityFrameworkCore.Metadata;

namespace ReportGraph.Host.Data;

/// <summary>
/// The store's compiled model for a provider, when the composition registers one (the CompiledModels module, which
/// knows every feature's entities; the store knows none). Without it, EF Core builds the model from the entity
/// configurations when the first context starts.
/// </summary>
public sealed class CompiledStoreModel(Func<DatabaseProvider, IModel?> forProvider)
{
    /// <summary>The compiled model for <paramref name="provider"/>, or null to build it.</summary>
    public IModel? For(DatabaseProvider provider) => forProvider(provider);
}
