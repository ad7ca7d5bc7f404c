using Neo;
using Neo.Persistence;
using Neo.SmartContract;
using Neo.SmartContract.Native;

namespace MiniApp.Engine;

public sealed partial class Chain
{
    const byte ContractPrefix = 8; // ContractManagement's storage prefix of contract states

    /// <summary>The natives, whose deserialized states stay warm for good.</summary>
    static readonly HashSet<UInt160> NativeSet = NativeContract.Contracts.Select(c => c.Hash).ToHashSet();

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
    /// the deserialized contract states that every call needs, comes back through
    /// <see cref="WarmCache"/> when a contract is next read, not copied in up front: copying the
    /// warm states of all <see cref="WarmKept"/> contracts into every block's cache took 30 % of a
    /// judged engine's CPU in lane equivalence (issue #16, stop 20), and each copy also lengthened
    /// every Seek of that block.
    /// </summary>
    void RenewWorkingCache() => working = new WarmCache(this);

    /// <summary>
    /// A contract state read through the long-lived cache: the warm item's deserialized state
    /// carried over by reference copy, but only onto the very bytes it was made from (after a
    /// restore the old state may belong to another branch, where a contract was updated). Bytes
    /// are compared as stored: asking a warm item for its bytes would re-serialize the whole
    /// contract state. Null for any other key, and for a contract that is not kept warm.
    /// </summary>
    StorageItem? WarmItem(StorageKey key)
    {
        var span = key.Key.Span;
        if (key.Id != NativeContract.ContractManagement.Id || span.Length != 1 + UInt160.Length || span[0] != ContractPrefix) return null;
        var hash = new UInt160(span[1..]);
        if (!NativeSet.Contains(hash) && !recentNodes.ContainsKey(hash)) return null;
        var bytes = store.Stored(key.ToArray());
        if (bytes is null) return null;
        var item = new StorageItem(bytes.ToArray());
        if (warmStates.TryGetValue(hash, out var warm) && (ReferenceEquals(warm.Bytes, bytes) || warm.Bytes.AsSpan().SequenceEqual(bytes)))
            item.FromReplica(warm.Item);
        else
            item.GetInteroperable<ContractState>();
        warmStates[hash] = (bytes, item);
        return item;
    }

    /// <summary>The long-lived cache over the store: as Neo's own, but contract states come warm (<see cref="WarmItem"/>).</summary>
    sealed class WarmCache : SnapshotCache
    {
        readonly Chain chain;

        public WarmCache(Chain chain) : base(chain.store) => this.chain = chain;

        protected override StorageItem TryGetInternal(StorageKey key) => chain.WarmItem(key) ?? base.TryGetInternal(key);

        protected override StorageItem GetInternal(StorageKey key) => chain.WarmItem(key) ?? base.GetInternal(key);
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
