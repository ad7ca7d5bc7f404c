using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework.Services
{
    [System.Flags]
    public enum CallFlags : byte
    {
        None = 0,
        ReadStates = 0b00000001,
        WriteStates = 0b00000010,
        AllowCall = 0b00000100,
        AllowNotify = 0b00001000,
        States = ReadStates | WriteStates,
        ReadOnly = ReadStates | AllowCall,
        All = States | AllowCall | AllowNotify
    }

    /// <summary>A deployed contract as ContractManagement returns it (Array [Id, UpdateCounter, Hash, Nef, Manifest]).</summary>
    public class Contract
    {
        public readonly int Id;
        public readonly ushort UpdateCounter;
        public readonly UInt160 Hash;
        public readonly ByteString Nef;
        public readonly ContractManifest Manifest;

        /// <summary>Dynamic call; the arguments are packed into one Array.</summary>
        [Syscall("System.Contract.Call")]
        public static extern object Call(UInt160 scriptHash, string method, CallFlags flags, params object[] args);

        [Syscall("System.Contract.GetCallFlags")]
        public static extern byte GetCallFlags();

        [Syscall("System.Contract.CreateStandardAccount")]
        public static extern UInt160 CreateStandardAccount(Neo.Cryptography.ECC.ECPoint pubKey);
    }

    /// <summary>Manifest as a stack item (only the name is exposed here).</summary>
    public class ContractManifest
    {
        public readonly string Name;
    }

    /// <summary>The invoking transaction (Array [Hash, Version, Nonce, Sender, SystemFee, NetworkFee, ValidUntilBlock, Script]).</summary>
    public class Transaction
    {
        public readonly UInt256 Hash;
        public readonly byte Version;
        public readonly uint Nonce;
        public readonly UInt160 Sender;
        public readonly long SystemFee;
        public readonly long NetworkFee;
        public readonly uint ValidUntilBlock;
        public readonly ByteString Script;
    }

    /// <summary>A block header as Ledger returns it.</summary>
    public class Block
    {
        public readonly UInt256 Hash;
        public readonly uint Version;
        public readonly UInt256 PrevHash;
        public readonly UInt256 MerkleRoot;
        public readonly ulong Timestamp;
        public readonly ulong Nonce;
        public readonly uint Index;
        public readonly byte PrimaryIndex;
        public readonly UInt160 NextConsensus;
        public readonly int TransactionsCount;
    }
}
