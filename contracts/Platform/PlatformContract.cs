// Spec: platform.md §1–3 — what the three platform contracts share: the admin at key 01 and its
// getter, ADM (ValidateAdmin), the address check, tx.Sender, and the body of `update`. Each
// contract keeps its own _deploy, setAdmin (their messages and events differ) and, where the spec
// lists one, its public `update` (PauseRegistry has none).
using System;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApps.Platform
{
    public abstract class PlatformContract : SmartContract
    {
        /// <summary>01: the admin (tx.Sender of the deployment).</summary>
        protected const string PREFIX_ADMIN = "\x01";

        [Safe]
        public static UInt160 Admin()
        {
            return (UInt160)Storage.Get(Storage.CurrentContext, PREFIX_ADMIN);
        }

        /// <summary>ADM: admin set → "admin not set"; CheckWitness(admin) → "unauthorized".</summary>
        protected static void ValidateAdmin()
        {
            UInt160 admin = Admin();
            if (admin == null) throw new Exception("admin not set"); // coverage: unreachable: _deploy sets the admin, setAdmin stores only valid addresses
            if (!Runtime.CheckWitness(admin)) throw new Exception("unauthorized");
        }

        /// <summary>Valid: 20 bytes and ≠ Zero.</summary>
        protected static bool IsValidAddress(UInt160 a)
        {
            return a != null && a.Length == 20 && a != UInt160.Zero; // coverage: null and non-20-byte arguments are outside the generator domain (README §7)
        }

        protected static UInt160 TxSender()
        {
            Transaction tx = (Transaction)Runtime.ScriptContainer;
            return tx.Sender;
        }

        /// <summary>update(nef, manifest): ADM, then ContractManagement.update with data null.</summary>
        protected static void UpdateContract(ByteString nefFile, string manifest)
        {
            ValidateAdmin();
            ContractManagement.Update(nefFile, manifest, null);
        }
    }
}
