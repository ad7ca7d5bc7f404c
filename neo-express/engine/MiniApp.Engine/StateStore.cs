using System.Collections.Immutable;
using Neo.Persistence;

namespace MiniApp.Engine;

/// <summary>
/// The committed key/value state of a chain, held in a persistent (immutable) sorted set so that a
/// fork of the whole state is one reference copy. Writes go straight into the current root; Neo's
/// <see cref="SnapshotCache"/> above it batches them per block.
/// Ordering is Neo's: unsigned lexicographic bytes, a prefix before its extensions.
/// </summary>
public sealed class StateStore : ISnapshot
{
    ImmutableSortedSet<KeyValuePair<byte[], byte[]>> root = ImmutableSortedSet.Create<KeyValuePair<byte[], byte[]>>(EntryComparer.Instance);

    /// <summary>An O(1) handle on the current state; <see cref="Restore"/> brings it back.</summary>
    public StateRoot Capture() => new(root);

    public void Restore(StateRoot state) => root = state.Entries;

    public int Count => root.Count;

    public void Put(byte[] key, byte[] value)
    {
        var entry = new KeyValuePair<byte[], byte[]>(key.ToArray(), value.ToArray());
        root = root.Remove(entry).Add(entry);
    }

    public void Delete(byte[] key) => root = root.Remove(Probe(key));

    public void Commit() { }

    public void Dispose() { }

    public byte[]? TryGet(byte[] key) =>
        root.TryGetValue(Probe(key), out var found) ? found.Value.ToArray() : null;

    /// <summary>
    /// The committed value itself, not a copy (null if absent): never to be written to. Stored arrays
    /// are never changed in place (<see cref="Put"/> stores copies), so the same reference means the
    /// same bytes, which lets <see cref="Chain"/> see an unchanged contract state without comparing it.
    /// </summary>
    internal byte[]? Stored(byte[] key) => root.TryGetValue(Probe(key), out var found) ? found.Value : null;

    public bool Contains(byte[] key) => root.Contains(Probe(key));

    public IEnumerable<(byte[] Key, byte[] Value)> Seek(byte[] keyOrPrefix, SeekDirection direction)
    {
        var set = root; // iteration sees the state of the moment it started
        if (set.Count == 0) yield break;
        bool forward = direction == SeekDirection.Forward;
        int i;
        if (keyOrPrefix is null || keyOrPrefix.Length == 0)
            i = forward ? 0 : set.Count - 1;
        else
        {
            i = set.IndexOf(Probe(keyOrPrefix));
            if (i < 0) i = forward ? ~i : ~i - 1;
        }
        for (; i >= 0 && i < set.Count; i += forward ? 1 : -1)
        {
            var e = set[i];
            yield return (e.Key.ToArray(), e.Value.ToArray());
        }
    }

    static KeyValuePair<byte[], byte[]> Probe(byte[] key) => new(key, Array.Empty<byte>());

    sealed class EntryComparer : IComparer<KeyValuePair<byte[], byte[]>>
    {
        public static readonly EntryComparer Instance = new();
        public int Compare(KeyValuePair<byte[], byte[]> x, KeyValuePair<byte[], byte[]> y) =>
            x.Key.AsSpan().SequenceCompareTo(y.Key);
    }
}

/// <summary>An immutable captured state of a <see cref="StateStore"/>.</summary>
public sealed record StateRoot(ImmutableSortedSet<KeyValuePair<byte[], byte[]>> Entries);
