// Spec: compound-capsule.md "Storage" — the Capsule record at 41‖bytes(id).
using System.Numerics;
using Neo;

namespace MiniApps
{
    /// <summary>Struct [Owner, Principal, Compound, CreatedTime, UnlockTime, LastCompoundTime, LockDays,
    /// ApyBps, Active, EarlyWithdrawn]; Principal in NEO, Compound in GAS datoshi, times in ms.</summary>
    public struct Capsule
    {
        public UInt160 Owner;
        public BigInteger Principal;
        public BigInteger Compound;
        public BigInteger CreatedTime;
        public BigInteger UnlockTime;
        public BigInteger LastCompoundTime;
        public BigInteger LockDays;
        public BigInteger ApyBps;
        public bool Active;
        public bool EarlyWithdrawn;
    }
}
