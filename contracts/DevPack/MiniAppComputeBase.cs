// Spec: devpack.md §5 MiniAppComputeBase — script registry on keys 20, 21, 23, 24 and
// ValidateScriptHash (= VSH). Operation seeds (key 22) are in MiniAppComputeBase.Seeds.cs.
using System;
using System.ComponentModel;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;

namespace MiniApps
{
    public abstract partial class MiniAppComputeBase : MiniAppServiceBase
    {
        // Storage keys 0x20–0x2F.
        protected const string PREFIX_SCRIPT_NAME = "\x20";
        protected const string PREFIX_SCRIPT_HASH = "\x21";
        protected const string PREFIX_OPERATION_SEED = "\x22";
        protected const string PREFIX_SCRIPT_VERSION = "\x23";
        protected const string PREFIX_SCRIPT_ENABLED = "\x24";

        protected const int SCRIPT_HASH_LENGTH = 32;
        /// <summary>Keys 21/23/24‖utf8(name) stay within 64 bytes.</summary>
        protected const int MAX_SCRIPT_NAME_LENGTH = 63;

        public delegate void ScriptRegisteredHandler(string scriptName, ByteString scriptHash, BigInteger version);
        public delegate void ScriptEnabledHandler(string scriptName, ByteString scriptHash);
        public delegate void ScriptDisabledHandler(string scriptName, ByteString scriptHash);

        [DisplayName("ScriptRegistered")]
        public static event ScriptRegisteredHandler OnScriptRegistered;

        [DisplayName("ScriptEnabled")]
        public static event ScriptEnabledHandler OnScriptEnabled;

        [DisplayName("ScriptDisabled")]
        public static event ScriptDisabledHandler OnScriptDisabled;

        public static void RegisterScript(string scriptName, ByteString scriptHash)
        {
            ValidateAdmin();
            if (!(scriptName.Length >= 1 && scriptName.Length <= MAX_SCRIPT_NAME_LENGTH)) throw new Exception("invalid script name");
            if (scriptHash.Length != SCRIPT_HASH_LENGTH) throw new Exception("script hash must be 32 bytes");
            ByteString holder = Read(Key(PREFIX_SCRIPT_NAME, scriptHash));
            if (holder != null && (string)holder != scriptName) throw new Exception("script hash in use");
            ByteString old = GetScriptHash(scriptName);
            if (old != null && old != scriptHash) DeleteKey(Key(PREFIX_SCRIPT_NAME, old));
            BigInteger version = GetScriptVersion(scriptName) + 1;
            Write(Key(PREFIX_SCRIPT_HASH, scriptName), scriptHash);
            Write(Key(PREFIX_SCRIPT_NAME, scriptHash), scriptName);
            WriteInteger(Key(PREFIX_SCRIPT_VERSION, scriptName), version);
            WriteInteger(Key(PREFIX_SCRIPT_ENABLED, scriptName), 1);
            OnScriptRegistered(scriptName, scriptHash, version);
        }

        public static void EnableScript(string scriptName)
        {
            ValidateAdmin();
            ByteString hash = GetScriptHash(scriptName);
            if (hash == null) throw new Exception("script not registered");
            WriteInteger(Key(PREFIX_SCRIPT_ENABLED, scriptName), 1);
            OnScriptEnabled(scriptName, hash);
        }

        public static void DisableScript(string scriptName)
        {
            ValidateAdmin();
            ByteString hash = GetScriptHash(scriptName);
            if (hash == null) throw new Exception("script not registered");
            WriteInteger(Key(PREFIX_SCRIPT_ENABLED, scriptName), 0);
            OnScriptDisabled(scriptName, hash);
        }

        [Safe]
        public static ByteString GetScriptHash(string scriptName)
        {
            return Read(Key(PREFIX_SCRIPT_HASH, scriptName));
        }

        [Safe]
        public static string GetScriptName(ByteString scriptHash)
        {
            return Read(Key(PREFIX_SCRIPT_NAME, scriptHash));
        }

        [Safe]
        public static bool IsScriptValid(ByteString scriptHash)
        {
            string name = GetScriptName(scriptHash);
            return name != null && IsScriptEnabled(name);
        }

        [Safe]
        public static bool IsScriptEnabled(string scriptName)
        {
            return ReadInteger(Key(PREFIX_SCRIPT_ENABLED, scriptName)) == 1;
        }

        [Safe]
        public static BigInteger GetScriptVersion(string scriptName)
        {
            return ReadInteger(Key(PREFIX_SCRIPT_VERSION, scriptName));
        }

        /// <summary>{exists: false}, or {exists: true, name, hash, version, enabled} in this order.</summary>
        [Safe]
        public static Map<string, object> GetScriptInfo(string scriptName)
        {
            Map<string, object> info = new Map<string, object>();
            ByteString hash = GetScriptHash(scriptName);
            if (hash == null)
            {
                info["exists"] = false;
                return info;
            }
            info["exists"] = true;
            info["name"] = scriptName;
            info["hash"] = hash;
            info["version"] = GetScriptVersion(scriptName);
            info["enabled"] = IsScriptEnabled(scriptName);
            return info;
        }

        /// <summary>VSH(name): registered → enabled → provided == registered hash.</summary>
        protected static void ValidateScriptHash(string scriptName, ByteString providedHash)
        {
            ByteString hash = GetScriptHash(scriptName);
            if (hash == null) throw new Exception("script not registered");
            if (!IsScriptEnabled(scriptName)) throw new Exception("script disabled");
            if (providedHash != hash) throw new Exception("script hash mismatch");
        }
    }
}
