// Spec: platform.md §1 PaymentHub — configureApp, getApp, getAppBalance.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApps.Platform
{
    public partial class PaymentHub
    {
        public static void ConfigureApp(string appId, UInt160 owner, UInt160[] recipients, BigInteger[] sharesBps, bool enabled)
        {
            ValidateAdmin();
            if (!(appId.Length > 0)) throw new Exception("app id required");
            if (!(appId.Length <= MAX_APP_ID_LENGTH)) throw new Exception("app id too long");
            if (!IsValidAddress(owner)) throw new Exception("owner required");
            if (recipients.Length != sharesBps.Length) throw new Exception("split length mismatch");
            if (!(recipients.Length >= 1 && recipients.Length <= MAX_RECIPIENTS)) throw new Exception("invalid recipients");
            for (int i = 0; i < recipients.Length; i++)
            {
                if (!IsValidAddress(recipients[i])) throw new Exception("invalid recipient");
            }
            BigInteger totalBps = 0;
            for (int i = 0; i < sharesBps.Length; i++)
            {
                if (!(sharesBps[i] >= 0)) throw new Exception("invalid share");
                totalBps += sharesBps[i];
            }
            if (totalBps != TOTAL_BPS) throw new Exception("shares must sum to 10000 bps");
            AppConfig config = new AppConfig
            {
                Owner = owner,
                Recipients = recipients,
                SharesBps = sharesBps,
                Enabled = enabled
            };
            Storage.Put(Storage.CurrentContext, AppConfigKey(appId), StdLib.Serialize(config));
            BigInteger recipientCount = recipients.Length;
            OnAppConfigured(appId, owner, enabled);
            OnSplitConfigured(appId, recipientCount, TOTAL_BPS);
        }

        /// <summary>The stored AppConfig Struct, or null.</summary>
        [Safe]
        public static object[] GetApp(string appId)
        {
            ByteString stored = Storage.Get(Storage.CurrentContext, AppConfigKey(appId));
            if (stored == null) return null;
            return (object[])StdLib.Deserialize(stored);
        }

        [Safe]
        public static BigInteger GetAppBalance(string appId)
        {
            return (BigInteger)Storage.Get(Storage.CurrentContext, AppBalanceKey(appId));
        }
    }
}
