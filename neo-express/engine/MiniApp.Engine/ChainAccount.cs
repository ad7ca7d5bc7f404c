using Neo;
using Neo.SmartContract;
using Neo.Wallets;

namespace MiniApp.Engine;

/// <summary>
/// A named account of the chain file: its script hash (the <c>UInt160</c> a contract sees), its
/// address, and the verification script a witness would carry (used only to size the network fee;
/// witnesses are not verified in-process).
/// </summary>
public sealed record ChainAccount(string Name, UInt160 Hash, string Address, byte[] VerificationScript)
{
    public override string ToString() => $"{Name} ({Address})";

    internal static ChainAccount FromScript(string name, byte[] verificationScript, byte addressVersion)
    {
        var hash = verificationScript.ToScriptHash();
        return new ChainAccount(name, hash, hash.ToAddress(addressVersion), verificationScript);
    }
}
