namespace ReportGraph.Host.Tests.EndToEnd.Support;

/// <summary>Waits for something the host does in the background, failing with a description of what never happened.</summary>
public static class Eventually
{
    /// <summary>Polls <paramref name="probe"/> until it returns a value, or fails after <paramref name="timeout"/>.</summary>
    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, string what, Func<Task<string>>? diagnostics = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                var details = diagnostics is null ? "" : "\n" + await diagnostics();
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {what}.{details}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Polls <paramref name="condition"/> until it is true, or fails after <paramref name="timeout"/>.</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, Func<Task<string>>? diagnostics = null) =>
        await GetAsync<object>(async () => await condition() ? new object() : null, timeout, what, diagnostics);
}
