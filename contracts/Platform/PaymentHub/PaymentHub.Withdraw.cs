// Spec: platform.md §1 PaymentHub — withdraw: balance zeroed before the first transfer, shares
// by index, remainder to the owner, then BalanceUpdated and Withdrawn.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApps.Platform
{
    public partial class PaymentHub
    {
        public static void Withdraw(string appId)
        {
            ByteString stored = Storage.Get(Storage.CurrentContext, AppConfigKey(appId));
            if (stored == null) throw new Exception("app not found");
            AppConfig config = (AppConfig)StdLib.Deserialize(stored);
            UInt160 admin = Admin();
            bool authorized = Runtime.CheckWitness(config.Owner) || (admin != null && Runtime.CheckWitness(admin)); // coverage: admin null is unreachable (always set)
            if (!authorized) throw new Exception("unauthorized");

            BigInteger balance = GetAppBalance(appId);
            if (balance <= 0) return;
            Storage.Put(Storage.CurrentContext, AppBalanceKey(appId), 0);

            UInt160 hub = Runtime.ExecutingScriptHash;
            UInt160[] recipients = config.Recipients;
            BigInteger[] sharesBps = config.SharesBps;
            BigInteger distributed = 0;
            BigInteger shareCount = 0;
            for (int i = 0; i < recipients.Length; i++)
            {
                BigInteger part = balance * sharesBps[i] / TOTAL_BPS;
                if (part > 0)
                {
                    if (!GAS.Transfer(hub, recipients[i], part, null)) throw new Exception("withdraw transfer failed"); // coverage: unreachable: the hub holds every GAS it credited, and GAS.transfer from the executing contract fails only on balance
                    OnShareDistributed(appId, recipients[i], part, sharesBps[i]);
                    distributed += part;
                    shareCount += 1;
                }
            }
            BigInteger remainder = balance - distributed;
            if (remainder > 0)
            {
                if (!GAS.Transfer(hub, config.Owner, remainder, null)) throw new Exception("remainder transfer failed"); // coverage: unreachable, as the transfer above
                OnShareDistributed(appId, config.Owner, remainder, 0);
                shareCount += 1;
            }
            OnBalanceUpdated(appId, balance, 0);
            OnWithdrawn(appId, balance, shareCount);
        }
    }
}
