using Neo;
using Neo.Network.P2P.Payloads;

namespace MiniApp.Engine;

/// <summary>A transaction signer: the account and the witness scope that decides CheckWitness (spec §5).</summary>
public sealed record TxSigner(UInt160 Account, WitnessScope Scopes, IReadOnlyList<UInt160>? AllowedContracts = null)
{
    public static TxSigner CalledByEntry(UInt160 account) => new(account, WitnessScope.CalledByEntry);
    public static TxSigner Global(UInt160 account) => new(account, WitnessScope.Global);

    /// <summary>CalledByEntry plus CustomContracts (spec §6 for token moves by an app).</summary>
    public static TxSigner CalledByEntryAnd(UInt160 account, params UInt160[] contracts) =>
        new(account, WitnessScope.CalledByEntry | WitnessScope.CustomContracts, contracts);

    public static TxSigner CustomContracts(UInt160 account, params UInt160[] contracts) =>
        new(account, WitnessScope.CustomContracts, contracts);

    internal Signer ToSigner() => new()
    {
        Account = Account,
        Scopes = Scopes,
        AllowedContracts = AllowedContracts?.ToArray() ?? Array.Empty<UInt160>(),
        AllowedGroups = Array.Empty<Neo.Cryptography.ECC.ECPoint>(),
        Rules = Array.Empty<WitnessRule>(),
    };
}

/// <summary>
/// One transaction of a block. <see cref="SystemFee"/> null: measured by a dry run in the same
/// block context, as a wallet would (costs a second execution); otherwise the given GAS limit
/// (datoshi), burned in full as on the node. <see cref="Nonce"/> null: a chain-wide counter.
/// </summary>
public sealed record TxRequest(byte[] Script, IReadOnlyList<TxSigner> Signers, long? SystemFee = null, uint? Nonce = null)
{
    public static TxRequest Call(ContractCall call, params TxSigner[] signers) => new(Scripts.Call(call), signers);
}
