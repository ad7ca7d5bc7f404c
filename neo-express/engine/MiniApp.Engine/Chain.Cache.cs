using Neo;
using Neo.Persistence;
using Neo.SmartContract;
using Neo.SmartContract.Native;

namespace MiniApp.Engine;

public sealed partial class Chain
{
    const byte ContractPrefix = 8; // ContractManagement's storage prefix of contract states

    /// <summary>The natives, whose deserialized states stay warm for good.</summary>
    static readonly UInt160[] Natives = NativeContract.Contracts.Select(c => c.Hash).ToArray();
    static readonly HashSet<UInt160> NativeSet = Natives.ToHashSet();

    /// <summary>
    /// The other contracts kept warm: the <see cref="WarmKept"/> most recently deployed or heard
    /// from (a notification), oldest first. Keeping every deployment warm made each block cost
    /// O(contracts the chain ever deployed): a full verify's judged engine deploys about 1,300
    /// worlds' contracts, and its blocks slowed down property after property (issue #16). A
    /// contract that fell out is read from the store when next called, as any cold contract.
    /// </summary>
    readonly LinkedList<UInt160> recentContracts = new();
    readonly Dictionary<UInt160, LinkedListNode<UInt160>> recentNodes = new();
    const int WarmKept = 512;

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
        foreach (var hash in Natives.Concat(recentContracts))
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

    /// <summary>
    /// Tracks use from a transaction's notifications, in order: ContractManagement's Deploy and
    /// Destroy, and every other non-native contract that notified (a contract destroyed after its
    /// own events stays forgotten).
    /// </summary>
    void TrackContracts(Outcome outcome)
    {
        foreach (var n in outcome.Notifications)
        {
            if (n.Contract == NativeContract.ContractManagement.Hash && n.Args.Count == 1 && n.Args[0] is BytesValue b && b.Bytes.Length == 20)
            {
                var hash = new UInt160(b.Bytes);
                if (n.EventName == "Deploy") Touch(hash);
                else if (n.EventName == "Destroy") Forget(hash);
            }
            else if (!NativeSet.Contains(n.Contract)) Touch(n.Contract);
        }
    }

    /// <summary>`hash` is the most recently used contract; the least recent beyond WarmKept go cold.</summary>
    void Touch(UInt160 hash)
    {
        if (recentNodes.Remove(hash, out var node)) recentContracts.Remove(node);
        recentNodes[hash] = recentContracts.AddLast(hash);
        while (recentContracts.Count > WarmKept) Forget(recentContracts.First!.Value);
    }

    void Forget(UInt160 hash)
    {
        if (recentNodes.Remove(hash, out var node)) recentContracts.Remove(node);
        warmStates.Remove(hash);
    }
}
