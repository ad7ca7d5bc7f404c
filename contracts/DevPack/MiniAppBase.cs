// Spec: devpack.md §1 MiniAppBase — storage layout 0x00–0x0F, events, storage and context helpers.
// README.md §3 (encodings), §7 (faults). Apps derive from a base and declare their own
// public static _deploy and OnNEP17Payment (devpack.md "Derived classes").
using System;
using System.ComponentModel;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Services;

namespace MiniApps
{
    public abstract partial class MiniAppBase : SmartContract
    {
        // Storage keys 0x00–0x0F (devpack.md "Storage layout").
        protected const string PREFIX_ADMIN = "\x01";
        protected const string PREFIX_GATEWAY = "\x02";
        protected const string PREFIX_PAYMENT_HUB = "\x03";
        protected const string PREFIX_PAUSED = "\x04";
        protected const string PREFIX_PAUSE_REGISTRY = "\x05";
        protected const string PREFIX_RECEIPT_USED = "\x06";
        protected const string PREFIX_PENDING_ADMIN = "\x07";
        protected const string PREFIX_ADMIN_CHANGE_TIME = "\x08";
        protected const string PREFIX_TIMELOCK_DELAY = "\x09";

        // Durations in ms (README.md §5).
        protected const long DAY = 86400000;
        protected const long DEFAULT_TIMELOCK_DELAY = 86400000;
        protected const long MIN_TIMELOCK_DELAY = 3600000;

        public delegate void AdminChangeProposedHandler(UInt160 currentAdmin, UInt160 proposedAdmin, BigInteger executeAfter);
        public delegate void AdminChangedHandler(UInt160 oldAdmin, UInt160 newAdmin);
        public delegate void AdminChangeCancelledHandler(UInt160 cancelledAdmin);
        public delegate void PausedHandler(string appId, bool paused);

        [DisplayName("AdminChangeProposed")]
        public static event AdminChangeProposedHandler OnAdminChangeProposed;

        [DisplayName("AdminChanged")]
        public static event AdminChangedHandler OnAdminChanged;

        [DisplayName("AdminChangeCancelled")]
        public static event AdminChangeCancelledHandler OnAdminChangeCancelled;

        [DisplayName("Paused")]
        public static event PausedHandler OnPaused;

        // ---- call context ----

        /// <summary>Runtime.Time (ms) as a BigInteger (README.md §2: never long arithmetic).</summary>
        protected static BigInteger Now()
        {
            BigInteger now = Runtime.Time;
            return now;
        }

        protected static UInt160 TxSender()
        {
            Transaction tx = (Transaction)Runtime.ScriptContainer;
            return tx.Sender;
        }

        // ---- storage: keys are prefix-byte ‖ components (README.md §3) ----

        protected static ByteString Key(string prefix, ByteString component)
        {
            return Helper.Concat(prefix, component);
        }

        /// <summary>prefix ‖ bytes(n).</summary>
        protected static ByteString IntegerKey(string prefix, BigInteger n)
        {
            return Helper.Concat(prefix, (ByteString)n);
        }

        protected static ByteString Read(ByteString key)
        {
            return Storage.Get(Storage.CurrentContext, key);
        }

        /// <summary>The Integer stored at key; absent → 0.</summary>
        protected static BigInteger ReadInteger(ByteString key)
        {
            return (BigInteger)Storage.Get(Storage.CurrentContext, key);
        }

        /// <summary>The address stored at key; absent → null.</summary>
        protected static UInt160 ReadAddress(ByteString key)
        {
            return (UInt160)Storage.Get(Storage.CurrentContext, key);
        }

        protected static void Write(ByteString key, ByteString value)
        {
            Storage.Put(Storage.CurrentContext, key, value);
        }

        /// <summary>Stores bytes(value); 0 stores the empty value (a Put, never a Delete).</summary>
        protected static void WriteInteger(ByteString key, BigInteger value)
        {
            Storage.Put(Storage.CurrentContext, key, value);
        }

        protected static void DeleteKey(ByteString key)
        {
            Storage.Delete(Storage.CurrentContext, key);
        }
    }
}
