using Neo;
using Neo.Cryptography.ECC;
using Neo.Wallets;

namespace MiniApp.Engine;

/// <summary>Protocol settings of a neo-express chain, as its node builds them (Neo 3.5.0 defaults otherwise).</summary>
public static class ChainSettings
{
    public static ProtocolSettings FromChainFile(ChainFile file)
    {
        var nodeKey = new KeyPair(Convert.FromHexString(file.ConsensusAccounts[0].PrivateKeyHex));
        return ProtocolSettings.Default with
        {
            Network = file.Magic,
            AddressVersion = file.AddressVersion,
            MillisecondsPerBlock = file.MillisecondsPerBlock,
            ValidatorsCount = 1,
            StandbyCommittee = new ECPoint[] { nodeKey.PublicKey },
            SeedList = Array.Empty<string>(),
        };
    }
}
