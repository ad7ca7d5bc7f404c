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
    /// Replaces the long-lived cache by a fresh one after each block. Neo's DataCache.Seek scans
    /// its whole dictionary, so a cache that only grows makes every Find (and the committee
    /// refresh of every block) slower with the chain's age. What is worth keeping, the
    /// deserialized contract states that every call needs, is carried over by reference copy.
    /// </summary>
    void RenewWorkingCache()
    {
        var old = working;
        var fresh = new SnapshotCache(store);
        foreach (var hash in knownContracts)
        {
            StorageKey key = new KeyBuilder(NativeContract.ContractManagement.Id, ContractPrefix).Add(hash);
            var item = fresh.TryGet(key);
            if (item is null) continue;
            // After a Restore the old cache belongs to another branch: carry a state over only
            // when its bytes are the ones now committed (an updated contract differs).
            var warm = old.TryGet(key);
            if (warm is not null && warm.Value.Span.SequenceEqual(item.Value.Span)) item.FromReplica(warm);
            item.GetInteroperable<ContractState>();
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
            else if (n.EventName == "Destroy") knownContracts.Remove(hash);
        }
    }
}
