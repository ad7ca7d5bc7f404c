using Neo;
using Neo.Persistence;
using Neo.SmartContract;
using Neo.SmartContract.Native;

namespace MiniApp.Engine;

public sealed partial class Chain
{
    const byte ContractPrefix = 8; // ContractManagement's storage prefix of contract states

    /// <summary>Contracts whose deserialized state is kept warm: natives plus every deployment seen.</summary>
    readonly HashSet<UInt160> knownContracts = NativeContract.Contracts.Select(c => c.Hash).ToHashSet();

    /// <summary>
    /// Per contract: the committed bytes a warm item was deserialized from (the store's own array:
    /// an unchanged state is recognised by reference, see <see cref="StateStore.Stored"/>), and that item.
    /// </summary>
    readonly Dictionary<UInt160, (byte[] Bytes, StorageItem Item)> warmStates = new();

    /// <summary>
    /// Replaces the long-lived cache by a fresh one after each block and on restore. Neo's
    /// DataCache.Seek scans its whole dictionary, so a cache that only grows makes every Find (and
    /// the committee refresh of every block) slower with the chain's age. What is worth keeping,
    /// the deserialized contract states that every call needs, is carried over by reference copy,
    /// but only onto the very bytes it was made from (after a restore the old cache may belong to
    /// another branch, where a contract was updated). Bytes are compared as stored: asking a warm
    /// item for its bytes would re-serialize the whole contract state.
    /// </summary>
    void RenewWorkingCache()
    {
        var fresh = new SnapshotCache(store);
        foreach (var hash in knownContracts)
        {
            StorageKey key = new KeyBuilder(NativeContract.ContractManagement.Id, ContractPrefix).Add(hash);
            var bytes = store.Stored(key.ToArray());
            if (bytes is null) continue;
            var item = fresh.TryGet(key)!;
            if (warmStates.TryGetValue(hash, out var warm) && (ReferenceEquals(warm.Bytes, bytes) || warm.Bytes.AsSpan().SequenceEqual(bytes)))
                item.FromReplica(warm.Item);
            else
                item.GetInteroperable<ContractState>();
            warmStates[hash] = (bytes, item);
        }
        working = fresh;
    }

    /// <summary>Tracks deployments and destructions from ContractManagement's notifications.</summary>
    void TrackContracts(Outcome outcome)
    {
        foreach (var n in outcome.Notifications)
        {
            if (n.Contract != NativeContract.ContractManagement.Hash || n.Args.Count != 1 || n.Args[0] is not BytesValue b || b.Bytes.Length != 20) continue;
            var hash = new UInt160(b.Bytes);
            if (n.EventName == "Deploy") knownContracts.Add(hash);
            else if (n.EventName == "Destroy") { knownContracts.Remove(hash); warmStates.Remove(hash); }
        }
    }
}
