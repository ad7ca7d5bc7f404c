using System.Numerics;
using Neo.SmartContract.Framework.Attributes;

namespace Neo.SmartContract.Framework.Services
{
    /// <summary>Execution context (System.Runtime.* interops). Time is the block timestamp in ms.</summary>
    public static class Runtime
    {
        public static extern TriggerType Trigger { [Syscall("System.Runtime.GetTrigger")] get; }
        public static extern string Platform { [Syscall("System.Runtime.Platform")] get; }
        /// <summary>The Transaction when invoked by one: cast with (Transaction)Runtime.ScriptContainer.</summary>
        public static extern object ScriptContainer { [Syscall("System.Runtime.GetScriptContainer")] get; }
        public static extern UInt160 ExecutingScriptHash { [Syscall("System.Runtime.GetExecutingScriptHash")] get; }
        public static extern UInt160 CallingScriptHash { [Syscall("System.Runtime.GetCallingScriptHash")] get; }
        public static extern UInt160 EntryScriptHash { [Syscall("System.Runtime.GetEntryScriptHash")] get; }
        public static extern ulong Time { [Syscall("System.Runtime.GetTime")] get; }
        public static extern uint InvocationCounter { [Syscall("System.Runtime.GetInvocationCounter")] get; }
        public static extern long GasLeft { [Syscall("System.Runtime.GasLeft")] get; }
        public static extern byte AddressVersion { [Syscall("System.Runtime.GetAddressVersion")] get; }

        [Syscall("System.Runtime.CheckWitness")] public static extern bool CheckWitness(UInt160 hash);
        [Syscall("System.Runtime.CheckWitness")] public static extern bool CheckWitness(Neo.Cryptography.ECC.ECPoint pubkey);
        [Syscall("System.Runtime.Log")] public static extern void Log(string message);
        [Syscall("System.Runtime.Notify")] public static extern void Notify(string eventName, object[] state);
        [Syscall("System.Runtime.BurnGas")] public static extern void BurnGas(long gas);
        [Syscall("System.Runtime.GetRandom")] public static extern BigInteger GetRandom();
        [Syscall("System.Runtime.GetNetwork")] public static extern uint GetNetwork();
        /// <summary>Notifications sent so far in this execution, of one contract or (null) all.</summary>
        [Syscall("System.Runtime.GetNotifications")] public static extern Notification[] GetNotifications(UInt160 hash = null);
    }

    public enum TriggerType : byte
    {
        OnPersist = 0x01,
        PostPersist = 0x02,
        Verification = 0x20,
        Application = 0x40,
        System = OnPersist | PostPersist,
        All = OnPersist | PostPersist | Verification | Application
    }
}
