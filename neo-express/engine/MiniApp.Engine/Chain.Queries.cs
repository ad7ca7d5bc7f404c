using System.Numerics;
using Neo;
using Neo.SmartContract;
using Neo.SmartContract.Native;

namespace MiniApp.Engine;

/// <summary>One storage entry of a contract: the key without the contract id, and the value.</summary>
public sealed record StorageEntry(byte[] Key, byte[] Value)
{
    public override string ToString() => $"{StackValue.Hex(Key)} = {StackValue.Hex(Value)}";
}

/// <summary>The native PolicyContract's fee figures on the current state (datoshi; factors as stored).</summary>
public sealed record FeePolicy(long FeePerByte, uint ExecFeeFactor, uint StoragePrice);

public sealed partial class Chain
{
    public static UInt160 GasHash => NativeContract.GAS.Hash;
    public static UInt160 NeoHash => NativeContract.NEO.Hash;

    public BigInteger GasBalance(UInt160 account) => NativeContract.GAS.BalanceOf(working, account);
    public BigInteger NeoBalance(UInt160 account) => NativeContract.NEO.BalanceOf(working, account);

    /// <summary>What a wallet reads to price a transaction and a contract to price storage.</summary>
    public FeePolicy FeePolicy() => new(
        NativeContract.Policy.GetFeePerByte(working),
        NativeContract.Policy.GetExecFeeFactor(working),
        NativeContract.Policy.GetStoragePrice(working));

    public bool IsDeployed(UInt160 contract) => NativeContract.ContractManagement.GetContract(working, contract) is not null;

    /// <summary>The deployed manifest as JSON, or null when no contract has that hash.</summary>
    public string? ManifestOf(UInt160 contract) => NativeContract.ContractManagement.GetContract(working, contract)?.Manifest.ToJson().ToString();

    /// <summary>All storage of a contract (or the entries under a key prefix), in key order.</summary>
    public IReadOnlyList<StorageEntry> Storage(UInt160 contract, byte[]? prefix = null)
    {
        var state = NativeContract.ContractManagement.GetContract(working, contract)
            ?? throw new ArgumentException($"no contract {contract}");
        var search = StorageKey.CreateSearchPrefix(state.Id, prefix ?? Array.Empty<byte>());
        return working.Find(search)
            .Select(p => new StorageEntry(p.Key.Key.ToArray(), p.Value.Value.ToArray()))
            .ToList();
    }

    /// <summary>
    /// Whether the last block persisted in this state left the contract's storage as it was before
    /// it (no key of it added, changed or deleted by its transactions, OnPersist or PostPersist,
    /// as the block's cache tracked them). False when that is not known: after a restore, for
    /// an unknown hash. A client that read the storage right before that block may keep its copy.
    /// </summary>
    public bool StorageUnchangedByLastBlock(UInt160 contract) =>
        lastBlockChanges is { } changed && NativeContract.ContractManagement.GetContract(working, contract) is { } state && !changed.Contains(state.Id);

    /// <summary>One storage value, or null when the key is absent.</summary>
    public byte[]? StorageValue(UInt160 contract, byte[] key) =>
        Storage(contract, key).FirstOrDefault(e => e.Key.AsSpan().SequenceEqual(key))?.Value;
}
