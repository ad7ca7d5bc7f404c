using Neo;
using Neo.Network.P2P.Payloads;
using Neo.SmartContract;
using Neo.VM;

namespace MiniApp.Engine;

/// <summary>The genesis block exactly as Neo 3.5.0 defines it (fields per NeoSystem.CreateGenesisBlock).</summary>
public static class Genesis
{
    /// <summary>2016-07-15T15:08:21Z in ms.</summary>
    public const ulong Timestamp = 1468595301000;
    /// <summary>The nonce of the Bitcoin genesis block, reused by Neo.</summary>
    public const ulong Nonce = 2083236893;

    public static Block CreateBlock(ProtocolSettings settings) => new()
    {
        Header = new Header
        {
            PrevHash = UInt256.Zero,
            MerkleRoot = UInt256.Zero,
            Timestamp = Timestamp,
            Nonce = Nonce,
            Index = 0,
            PrimaryIndex = 0,
            NextConsensus = Contract.GetBFTAddress(settings.StandbyValidators),
            Witness = new Witness
            {
                InvocationScript = Array.Empty<byte>(),
                VerificationScript = new[] { (byte)OpCode.PUSH1 },
            },
        },
        Transactions = Array.Empty<Transaction>(),
    };
}
