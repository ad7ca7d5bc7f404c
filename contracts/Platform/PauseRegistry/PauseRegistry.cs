// Spec: platform.md §3 PauseRegistry — global and per-app pause flags, operators. No update
// method; declares no permissions (calls no contract). Admin key, getter, ADM and the address
// check in ../PlatformContract.cs.
using System;
using System.ComponentModel;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Services;

namespace MiniApps.Platform
{
    [DisplayName("PauseRegistry")]
    [ManifestExtra("Author", "MiniApp verification harness")]
    [ManifestExtra("Description", "Global and per-app pause flags for MiniApps")]
    [ManifestExtra("Version", "1.0.0")]
    public class PauseRegistry : PlatformContract
    {
        // Storage keys.
        /// <summary>02: global pause flag (1/0).</summary>
        private const string PREFIX_GLOBAL_PAUSE = "\x02";
        /// <summary>03‖utf8(appId): app pause flag (1/0).</summary>
        private const string PREFIX_APP_PAUSE = "\x03";
        /// <summary>04‖h160(addr): operator flag (1/0).</summary>
        private const string PREFIX_OPERATOR = "\x04";

        private const int MAX_APP_ID_LENGTH = 63;

        public delegate void GlobalPauseChangedHandler(bool paused, UInt160 changedBy);
        public delegate void AppPauseChangedHandler(string appId, bool paused, UInt160 changedBy);

        [DisplayName("GlobalPauseChanged")]
        public static event GlobalPauseChangedHandler OnGlobalPauseChanged;

        [DisplayName("AppPauseChanged")]
        public static event AppPauseChangedHandler OnAppPauseChanged;

        public static void _deploy(object data, bool update)
        {
            if (update) return; // coverage: unreachable: PauseRegistry has no update method
            Storage.Put(Storage.CurrentContext, PREFIX_ADMIN, TxSender());
        }

        [Safe]
        public static bool IsGloballyPaused()
        {
            return (BigInteger)Storage.Get(Storage.CurrentContext, PREFIX_GLOBAL_PAUSE) == 1;
        }

        [Safe]
        public static bool IsAppPaused(string appId)
        {
            return (BigInteger)Storage.Get(Storage.CurrentContext, Helper.Concat(PREFIX_APP_PAUSE, appId)) == 1;
        }

        [Safe]
        public static bool IsOperator(UInt160 addr)
        {
            return (BigInteger)Storage.Get(Storage.CurrentContext, Helper.Concat(PREFIX_OPERATOR, addr)) == 1;
        }

        /// <summary>Global flag == 1 ∨ app flag == 1; apps call it with CallFlags.ReadOnly.</summary>
        [Safe]
        public static bool IsPaused(string appId)
        {
            return IsGloballyPaused() || IsAppPaused(appId);
        }

        public static void SetAdmin(UInt160 newAdmin)
        {
            ValidateAdmin();
            if (!IsValidAddress(newAdmin)) throw new Exception("invalid");
            Storage.Put(Storage.CurrentContext, PREFIX_ADMIN, newAdmin);
        }

        public static void SetOperator(UInt160 addr, bool isOperator)
        {
            ValidateAdmin();
            if (!IsValidAddress(addr)) throw new Exception("invalid");
            Storage.Put(Storage.CurrentContext, Helper.Concat(PREFIX_OPERATOR, addr), isOperator ? 1 : 0);
        }

        public static void SetGlobalPause(bool paused)
        {
            UInt160 sender = ValidateOperator();
            Storage.Put(Storage.CurrentContext, PREFIX_GLOBAL_PAUSE, paused ? 1 : 0);
            OnGlobalPauseChanged(paused, sender);
        }

        public static void SetAppPause(string appId, bool paused)
        {
            UInt160 sender = ValidateOperator();
            if (!(appId.Length >= 1 && appId.Length <= MAX_APP_ID_LENGTH)) throw new Exception("invalid appId");
            Storage.Put(Storage.CurrentContext, Helper.Concat(PREFIX_APP_PAUSE, appId), paused ? 1 : 0);
            OnAppPauseChanged(appId, paused, sender);
        }

        /// <summary>OP: CheckWitness(admin) ∨ isOperator(tx.Sender) → "not admin or operator"; returns tx.Sender.</summary>
        private static UInt160 ValidateOperator()
        {
            UInt160 admin = Admin();
            UInt160 sender = TxSender();
            bool allowed = (admin != null && Runtime.CheckWitness(admin)) || IsOperator(sender); // coverage: admin null is unreachable (always set)
            if (!allowed) throw new Exception("not admin or operator");
            return sender;
        }
    }
}
