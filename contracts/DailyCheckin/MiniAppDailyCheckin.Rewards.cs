// Spec: daily-checkin.md "claimRewards" — accrued rewards paid as a real GAS transfer, state
// written before the transfer (README §6).
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApps
{
    public partial class MiniAppDailyCheckin
    {
        public static void ClaimRewards(UInt160 user)
        {
            ValidateNotGloballyPaused(APP_ID);
            ValidateAddress(user);
            ValidateUser(user);
            ByteString stored = Read(UserKey(user));
            if (stored == null) throw new Exception("no rewards");
            UserState u = (UserState)StdLib.Deserialize(stored);
            if (!(u.Unclaimed > 0)) throw new Exception("no rewards");
            BigInteger a = u.Unclaimed;
            u.Claimed += a;
            u.Unclaimed = 0;
            Write(UserKey(user), StdLib.Serialize(u));
            WriteInteger(PREFIX_TOTAL_REWARDED, ReadInteger(PREFIX_TOTAL_REWARDED) + a);
            if (!GAS.Transfer(Runtime.ExecutingScriptHash, user, a, null)) throw new Exception("transfer failed");
            OnRewardsClaimed(user, a, u.Claimed);
        }
    }
}
