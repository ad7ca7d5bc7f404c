// Spec: devpack.md §1 MiniAppBase helpers ValidateAdmin, ValidateAddress, ValidateGateway,
// ValidateNotGloballyPaused (= NP), A(u) (README.md §7), and the local pause flag
// (isPaused / setPaused).
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Services;

namespace MiniApps
{
    public abstract partial class MiniAppBase
    {
        [Safe]
        public static bool IsPaused()
        {
            return ReadInteger(PREFIX_PAUSED) == 1;
        }

        public static void SetPaused(bool paused, string appId)
        {
            ValidateAdmin();
            WriteInteger(PREFIX_PAUSED, paused ? 1 : 0);
            OnPaused(appId, paused);
        }

        protected static void ValidateAdmin()
        {
            UInt160 admin = Admin();
            if (admin == null) throw new Exception("admin not set"); // coverage: unreachable: _deploy writes the admin and every later write stores a validated address
            if (!Runtime.CheckWitness(admin)) throw new Exception("unauthorized");
        }

        /// <summary>a non-null, 20 bytes, ≠ Zero.</summary>
        protected static void ValidateAddress(UInt160 a)
        {
            if (a == null || a.Length != 20 || a == UInt160.Zero) throw new Exception("invalid address"); // coverage: null and non-20-byte arguments are outside the generator domain (README §7); Zero is generated
        }

        protected static void ValidateGateway()
        {
            UInt160 gateway = Gateway();
            if (gateway == null) throw new Exception("gateway not set");
            if (Runtime.CallingScriptHash != gateway) throw new Exception("only gateway");
        }

        /// <summary>NP: local flag ≠ 1, then the pause registry's isPaused(appId) (read-only call).</summary>
        protected static void ValidateNotGloballyPaused(string appId)
        {
            if (ReadInteger(PREFIX_PAUSED) == 1) throw new Exception("paused");
            UInt160 registry = PauseRegistry();
            if (registry == null) return;
            bool paused = (bool)Contract.Call(registry, "isPaused", CallFlags.ReadOnly, appId);
            if (paused) throw new Exception("globally paused");
        }

        /// <summary>A(u): (gateway set ∧ CallingScriptHash == gateway) ∨ CheckWitness(u).</summary>
        protected static void ValidateUser(UInt160 user)
        {
            UInt160 gateway = Gateway();
            if (gateway != null && Runtime.CallingScriptHash == gateway) return; // coverage: calling == gateway is unreached: the gateway calls only callbacks (devpack.md §1)
            if (!Runtime.CheckWitness(user)) throw new Exception("unauthorized");
        }
    }
}
