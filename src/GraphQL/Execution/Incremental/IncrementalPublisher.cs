using System.Runtime.CompilerServices;
using ReportGraph.GraphQL.Errors;

namespace ReportGraph.GraphQL.Execution.Incremental;

/// <summary>
/// Turns deferred groups and streams into pending/incremental/completed payloads (graphql-js 17
/// IncrementalPublisher and IncrementalGraph): a deferred fragment is announced once its parent fragment completed,
/// its groups execute once it is announced, it completes when all its groups have; fragments inside a part of the
/// result nulled by an error are dropped; fields already delivered are not sent again.
/// </summary>
internal sealed class IncrementalPublisher
{
    private readonly OperationRun _run;
    private readonly List<PendingRecord> _active = new();
    private int _nextId;

    public IncrementalPublisher(OperationRun run) => _run = run;

    /// <summary>Adds what the initial execution found and returns what the initial result announces.</summary>
    public List<PendingResult> Start(List<object> discovered, ResultMap? data)
    {
        var pending = new List<PendingResult>();
        if (data is not null) Add(discovered, null, segment => segment is string key ? Lookup(data, key) : (false, null, 0), pending);
        return pending;
    }

    public bool HasNext => _active.Count > 0;

    /// <summary>The subsequent payloads: each is sent as soon as some work finished, with all the work finished by then.</summary>
    public async IAsyncEnumerable<SubsequentResult> RunAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            while (_active.Count > 0)
            {
                var work = StartWork(cancellationToken);
                if (work.Count > 0 && !work.Any(t => t.IsCompleted))
                {
                    await Task.WhenAny(work).ConfigureAwait(false);
                    // Let work finishing at the same moment join this payload (graphql-js batches what is ready).
                    await Task.Yield();
                }
                cancellationToken.ThrowIfCancellationRequested();
                var payload = new Payload();
                // What a completion releases runs at once; what it finishes synchronously joins the same payload, as in graphql-js.
                while (Publish(payload))
                {
                    await ThrowIfFailedAsync(StartWork(cancellationToken)).ConfigureAwait(false);
                }
                await ThrowIfFailedAsync(work).ConfigureAwait(false);
                if (!payload.IsEmpty) yield return payload.ToResult(_active.Count > 0);
            }
        }
        finally
        {
            foreach (var stream in _active.OfType<StreamRecord>())
            {
                stream.Items?.Dispose();
                if (stream.AsyncItems is not null) await stream.AsyncItems.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Completes everything still open with an error (time budget exceeded): the last payload.</summary>
    public SubsequentResult Abort(GraphQLError error)
    {
        var completed = _active.Select(r => new CompletedResult(r.Id!, new[] { error })).ToList();
        _active.Clear();
        return new SubsequentResult { Completed = completed, HasNext = false };
    }

    private List<Task> StartWork(CancellationToken cancellationToken)
    {
        var tasks = new List<Task>();
        foreach (var record in _active)
        {
            switch (record)
            {
                case DeferredFragment fragment:
                    foreach (var group in fragment.Groups)
                    {
                        group.Execution ??= ExecuteGroupAsync(group);
                        if (!group.IsDone) tasks.Add(group.Execution);
                    }
                    break;
                case StreamRecord stream:
                    stream.Execution ??= PullAsync(stream, cancellationToken);
                    tasks.Add(stream.Execution);
                    break;
            }
        }
        return tasks;
    }

    /// <summary>Runs synchronously as far as the resolvers allow, so that synchronous work is ready for the payload being built.</summary>
    private async Task ExecuteGroupAsync(DeferredGroup group)
    {
        var run = _run.ForGroup(group.UsageSet);
        var value = await run.ExecuteGroupAsync(group).ConfigureAwait(false);
        group.Errors = run.Errors;
        if (value is ResultMap map) group.Data = map;
        else group.Failed = true;
        group.Discovered = run.TakeDiscovered();
        group.IsDone = true;
    }

    /// <summary>The next batch of a stream: the rest of a synchronous list, or the next item of an asynchronous one.</summary>
    private async Task PullAsync(StreamRecord stream, CancellationToken cancellationToken)
    {
        var run = _run.ForGroup(new HashSet<DeferUsage>());
        var batch = new StreamBatch();
        while (true)
        {
            bool more = stream.Items is not null ? stream.Items.MoveNext() : await stream.AsyncItems!.MoveNextAsync().ConfigureAwait(false);
            if (!more)
            {
                batch.Ended = true;
                break;
            }
            cancellationToken.ThrowIfCancellationRequested();
            var item = stream.Items is not null ? stream.Items.Current : stream.AsyncItems!.Current;
            var index = stream.NextIndex++;
            var value = await run.CompleteStreamItemAsync(stream, item, index).ConfigureAwait(false);
            if (ReferenceEquals(value, InputCoercion.Invalid))
            {
                batch.Failed = true;
                break;
            }
            batch.Items.Add((index, value));
            if (stream.AsyncItems is not null) break;
        }
        batch.Errors = run.Errors;
        batch.Discovered = run.TakeDiscovered();
        stream.Batch = batch;
    }

    private static async Task ThrowIfFailedAsync(List<Task> work)
    {
        var failed = work.FirstOrDefault(t => t.IsFaulted || t.IsCanceled);
        if (failed is not null) await failed.ConfigureAwait(false);
    }

    /// <summary>The parts of one subsequent payload.</summary>
    private sealed class Payload
    {
        public List<PendingResult> Pending { get; } = new();
        public List<IncrementalResult> Incremental { get; } = new();
        public List<CompletedResult> Completed { get; } = new();

        /// <summary>A deferred fragment completed in this payload: stream items wait for the next one (graphql-js order).</summary>
        public bool FragmentCompleted { get; set; }

        public bool IsEmpty => Pending.Count == 0 && Incremental.Count == 0 && Completed.Count == 0;

        public SubsequentResult ToResult(bool hasNext) => new()
        {
            Pending = Pending.Count > 0 ? Pending : null,
            Incremental = Incremental.Count > 0 ? Incremental : null,
            Completed = Completed.Count > 0 ? Completed : null,
            HasNext = hasNext,
        };
    }

    /// <summary>Adds what has finished to the payload; true when something was completed or released.</summary>
    private bool Publish(Payload payload)
    {
        var pending = payload.Pending;
        var incremental = payload.Incremental;
        var completed = payload.Completed;
        var before = pending.Count + incremental.Count + completed.Count;
        foreach (var record in _active.ToList())
        {
            if (record is DeferredFragment fragment)
            {
                if (fragment.IsCompleted || !fragment.Groups.All(g => g.IsDone)) continue;
                var failed = fragment.Groups.FirstOrDefault(g => g.Failed);
                fragment.IsCompleted = true;
                payload.FragmentCompleted = true;
                _active.Remove(fragment);
                if (failed is not null)
                {
                    completed.Add(new CompletedResult(fragment.Id!, failed.Errors));
                    Drop(fragment);
                    continue;
                }
                foreach (var group in fragment.Groups)
                {
                    if (group.IsSent) continue;
                    group.IsSent = true;
                    var (id, subPath) = BestIdAndSubPath(group);
                    incremental.Add(new IncrementalResult(id, group.Data, null, subPath, group.Errors));
                }
                completed.Add(new CompletedResult(fragment.Id!, null));
                foreach (var group in fragment.Groups)
                {
                    var data = group.Data!;
                    Add(group.Discovered, group.Path, segment => segment is string key ? Lookup(data, key) : (false, null, 0), pending);
                    group.Discovered.Clear();
                }
                foreach (var child in fragment.Children) Release(child, pending);
            }
            else if (record is StreamRecord { Batch: { } batch } stream && !payload.FragmentCompleted)
            {
                stream.Batch = null;
                stream.Execution = null;
                if (batch.Items.Count > 0)
                    incremental.Add(new IncrementalResult(stream.Id!, null, batch.Items.Select(i => i.Value).ToArray(), null, batch.Failed ? null : batch.Errors));
                var byIndex = batch.Items.ToDictionary(i => i.Index, i => i.Value);
                Add(batch.Discovered, stream.Path, segment => segment is int i && byIndex.TryGetValue(i, out var v) ? (v is not null, v, i) : (false, null, 0), pending);
                if (batch.Failed || batch.Ended)
                {
                    stream.IsCompleted = true;
                    _active.Remove(stream);
                    completed.Add(new CompletedResult(stream.Id!, batch.Failed ? batch.Errors : null));
                }
            }
        }
        return pending.Count + incremental.Count + completed.Count > before;
    }

    /// <summary>graphql-js _getBestIdAndSubPath: the announced fragment of the group with the longest path.</summary>
    private static (string Id, IReadOnlyList<object>? SubPath) BestIdAndSubPath(DeferredGroup group)
    {
        DeferredFragment? best = null;
        foreach (var fragment in group.Fragments)
        {
            if (fragment.Id is null) continue;
            if (best is null || (fragment.Path?.Depth ?? 0) > (best.Path?.Depth ?? 0)) best = fragment;
        }
        best ??= group.Fragments[0];
        var groupPath = group.Path?.ToList() ?? Array.Empty<object>();
        var depth = best.Path?.Depth ?? 0;
        return (best.Id!, groupPath.Count > depth ? groupPath.Skip(depth).ToArray() : null);
    }

    /// <summary>A fragment whose group failed takes its nested fragments with it.</summary>
    private void Drop(DeferredFragment fragment)
    {
        foreach (var child in fragment.Children)
        {
            child.IsCompleted = true;
            _active.Remove(child);
            Drop(child);
        }
    }

    /// <summary>
    /// Adds groups and streams found by one execution (under <paramref name="basePath"/>), in graphql-js order (deeper
    /// first, then in result order), leaving out those whose place in the result was nulled.
    /// </summary>
    private void Add(List<object> discovered, ResultPath? basePath, Func<object, (bool Found, object? Value, int Ordinal)> first, List<PendingResult> pending)
    {
        var baseDepth = basePath?.Depth ?? 0;
        var alive = new List<(object Record, int[] Ordinals)>();
        foreach (var record in discovered)
        {
            var path = record is DeferredGroup g ? g.Path : ((StreamRecord)record).Path;
            var segments = path?.ToList() ?? Array.Empty<object>();
            var ordinals = new int[segments.Count - baseDepth];
            object? value = null;
            bool found = true;
            for (int i = baseDepth; i < segments.Count && found; i++)
            {
                (found, value, ordinals[i - baseDepth]) = i == baseDepth ? first(segments[i]) : Step(value, segments[i]);
            }
            if (found) alive.Add((record, ordinals));
        }
        alive.Sort((a, b) => ComparePostOrder(a.Ordinals, b.Ordinals));
        var roots = new List<PendingRecord>();
        foreach (var (record, _) in alive)
        {
            if (record is StreamRecord stream)
            {
                roots.Add(stream);
                continue;
            }
            var group = (DeferredGroup)record;
            foreach (var fragment in group.Fragments)
            {
                fragment.Groups.Add(group);
                MakeKnown(fragment, roots);
            }
        }
        // graphql-js announces new deferred fragments before new streams.
        foreach (var root in roots.OfType<DeferredFragment>()) Release(root, pending);
        foreach (var root in roots.OfType<StreamRecord>()) Release(root, pending);
    }

    private static void MakeKnown(DeferredFragment fragment, List<PendingRecord> roots)
    {
        if (fragment.IsKnown) return;
        fragment.IsKnown = true;
        if (fragment.Parent is null || fragment.Parent.IsCompleted && fragment.Parent.Id is not null)
        {
            roots.Add(fragment);
            return;
        }
        fragment.Parent.Children.Add(fragment);
        MakeKnown(fragment.Parent, roots);
    }

    /// <summary>Announces a record; a fragment without fields of its own is skipped in favour of its children (graphql-js).</summary>
    private void Release(PendingRecord record, List<PendingResult> pending)
    {
        if (record.Id is not null || record.IsCompleted) return;
        if (record is DeferredFragment { Groups.Count: 0 } empty)
        {
            empty.IsCompleted = true;
            empty.Id = null;
            foreach (var child in empty.Children) Release(child, pending);
            return;
        }
        record.Id = (_nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _active.Add(record);
        pending.Add(new PendingResult(record.Id, record.Path?.ToList() ?? Array.Empty<object>(), record.Label));
    }

    private static (bool Found, object? Value, int Ordinal) Lookup(ResultMap map, string key)
    {
        var index = map.IndexOf(key);
        if (index < 0) return (false, null, 0);
        var value = map.ValueAt(index);
        return (value is not null, value, index);
    }

    private static (bool Found, object? Value, int Ordinal) Step(object? value, object segment)
        => (value, segment) switch
        {
            (ResultMap map, string key) => Lookup(map, key),
            (object?[] list, int i) when i < list.Length => (list[i] is not null, list[i], i),
            _ => (false, null, 0),
        };

    /// <summary>Deeper records first when one path contains the other, else the one earlier in the result.</summary>
    private static int ComparePostOrder(int[] a, int[] b)
    {
        for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
            if (a[i] != b[i]) return a[i].CompareTo(b[i]);
        return b.Length.CompareTo(a.Length);
    }
}

/// <summary>The items of a stream pulled for one payload.</summary>
internal sealed class StreamBatch
{
    public List<(int Index, object? Value)> Items { get; } = new();

    public bool Ended { get; set; }

    public bool Failed { get; set; }

    public IReadOnlyList<GraphQLError>? Errors { get; set; }

    public List<object> Discovered { get; set; } = new();
}
