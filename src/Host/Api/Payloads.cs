namespace ReportGraph.Host.Api;

/// <summary>What every mutation payload has: the input problems (empty on success).</summary>
public abstract class Payload(IReadOnlyList<InputError>? errors)
{
    /// <summary>Problems with the input, each naming its field; nothing was saved when there are any.</summary>
    public IReadOnlyList<UserError> Errors { get; } = (errors ?? []).Select(e => new UserError(e)).ToList();
}
