using Neo;
using Neo.SmartContract;

namespace MiniApp.Engine;

/// <summary>
/// The chain file's accounts by wallet name (<c>admin</c>, <c>tee</c>, <c>treasury</c>, <c>u1</c>…),
/// plus <c>genesis</c>: the consensus multi-signature account that holds all NEO and the initial GAS
/// (neo-express names it so), and <c>node1</c>-style names for the consensus node's key.
/// </summary>
public sealed class ChainAccounts
{
    readonly Dictionary<string, ChainAccount> byName;
    readonly Dictionary<UInt160, ChainAccount> byHash;

    ChainAccounts(IEnumerable<ChainAccount> accounts)
    {
        byName = accounts.ToDictionary(a => a.Name, StringComparer.OrdinalIgnoreCase);
        byHash = new Dictionary<UInt160, ChainAccount>();
        foreach (var a in byName.Values) byHash.TryAdd(a.Hash, a);
    }

    public ChainAccount this[string name] => byName.TryGetValue(name, out var a)
        ? a
        : throw new KeyNotFoundException($"no account '{name}' in the chain file (known: {string.Join(", ", byName.Keys)})");

    public ChainAccount Genesis => this["genesis"];
    public IEnumerable<ChainAccount> All => byName.Values;
    public ChainAccount? Find(UInt160 hash) => byHash.GetValueOrDefault(hash);

    internal static ChainAccounts From(ChainFile file, ProtocolSettings settings)
    {
        var list = new List<ChainAccount>();
        foreach (var a in file.WalletAccounts.Where(a => a.IsDefault))
            list.Add(ChainAccount.FromScript(a.Wallet, Convert.FromHexString(a.VerificationScriptHex), settings.AddressVersion));
        var node = file.ConsensusAccounts.First(a => a.IsDefault);
        list.Add(ChainAccount.FromScript(node.Wallet, Convert.FromHexString(node.VerificationScriptHex), settings.AddressVersion));
        var validators = settings.StandbyValidators.ToArray();
        int m = validators.Length - (validators.Length - 1) / 3;
        var multisig = Contract.CreateMultiSigRedeemScript(m, validators);
        list.Add(ChainAccount.FromScript("genesis", multisig, settings.AddressVersion));
        return new ChainAccounts(list);
    }
}
