// Spec: neo-gacha.md "Selection model" and "Plays" — roll, the O(1) range check, LOOPSEL (the O(n)
// walk), PCHK, PLAYCHK, OPEN, RESOLVE and REFUND, shared by the three play paths.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApps
{
    public partial class MiniAppNeoGacha
    {
        /// <summary>roll(x, W) = rand(H(x)) mod W (W &gt; 0).</summary>
        private static BigInteger Roll(ByteString x, BigInteger totalWeight)
        {
            return Rand(H(x)) % totalWeight;
        }

        /// <summary>The O(1) check: C ≤ roll(x, W) &lt; C + w.</summary>
        private static bool InRange(ByteString x, BigInteger totalWeight, BigInteger cumulativeBefore, BigInteger weight)
        {
            BigInteger r = Roll(x, totalWeight);
            return cumulativeBefore <= r && r < cumulativeBefore + weight;
        }

        /// <summary>LOOPSEL(m, x): accumulate c_i = Σ_{j≤i} w_j and stop at the first i with roll &lt; c_i
        /// (O(n)); 0 when none (a TotalWeight of 0 is the caller's case).</summary>
        private static BigInteger LoopSelect(BigInteger machineId, Machine m, ByteString x)
        {
            BigInteger r = Roll(x, m.TotalWeight);
            BigInteger c = 0;
            for (BigInteger i = 1; i <= m.ItemCount; i++)
            {
                c += LoadItem(machineId, i).Weight;
                if (r < c) return i;
            }
            return 0;
        }

        /// <summary>PCHK(player, m): NP, player valid, MEX, active, not banned; returns the machine.</summary>
        private static Machine CheckPlayable(UInt160 player, BigInteger machineId)
        {
            ValidateNotGloballyPaused(APP_ID);
            ValidateAddress(player);
            Machine m = LoadMachine(machineId);
            if (!m.Active) throw new Exception("machine inactive");
            if (m.Banned) throw new Exception("machine banned");
            return m;
        }

        /// <summary>PLAYCHK(play, mode): exists, unresolved, of this mode; returns the play.</summary>
        private static Play CheckPlay(BigInteger playId, BigInteger mode)
        {
            ByteString stored = Read(PlayKey(playId));
            if (stored == null) throw new Exception("play not found");
            Play play = (Play)StdLib.Deserialize(stored);
            if (play.Resolved) throw new Exception("already resolved");
            if (play.Mode != mode) throw new Exception("wrong play mode");
            return play;
        }

        /// <summary>A new unresolved play under the next id (43), at the machine's price; RECBET; returns the id.</summary>
        private static BigInteger OpenPlay(UInt160 player, BigInteger machineId, BigInteger price, BigInteger mode)
        {
            BigInteger p = ReadInteger(PREFIX_PLAY_COUNTER) + 1;
            WriteInteger(PREFIX_PLAY_COUNTER, p);
            Play play = new Play
            {
                Player = player,
                MachineId = machineId,
                ItemIndex = 0,
                Price = price,
                Timestamp = Now(),
                Resolved = false,
                Mode = mode
            };
            StorePlay(p, play);
            return p;
        }

        /// <summary>RESOLVE(play, i): the item when available (stock down, play resolved, machine books,
        /// auto-deactivation when the item ran out, state first, then the transfer and the events);
        /// otherwise REFUND.</summary>
        private static void ResolvePlay(BigInteger playId, Play play, BigInteger i)
        {
            BigInteger machineId = play.MachineId;
            GachaItem it = LoadItem(machineId, i);
            if (!Available(it))
            {
                RefundPlay(playId, play);
                return;
            }
            Machine m = StoredMachine(machineId);
            it.Stock -= it.Amount;
            m = Restock(m, true, it);
            play.ItemIndex = i;
            play.Resolved = true;
            m.Plays += 1;
            m.Revenue += play.Price;
            m.LastPlayedAt = Now();
            bool off = !Available(it) && m.Active;
            if (off) m.Active = false;
            StoreItem(machineId, i, it);
            StorePlay(playId, play);
            StoreMachine(machineId, m);
            if (!(bool)Contract.Call(it.AssetHash, "transfer", CallFlags.All, Runtime.ExecutingScriptHash, play.Player, it.Amount, null)) throw new Exception("transfer failed");
            OnPlayResolved(play.Player, machineId, i, playId, ASSET_NEP17, it.AssetHash, it.Amount, "");
            if (off) OnMachineActivated(machineId, false);
        }

        /// <summary>REFUND(play): ItemIndex 0, resolved; the price back in GAS from the app's own balance.</summary>
        private static void RefundPlay(BigInteger playId, Play play)
        {
            play.ItemIndex = 0;
            play.Resolved = true;
            StorePlay(playId, play);
            if (!GAS.Transfer(Runtime.ExecutingScriptHash, play.Player, play.Price, null)) throw new Exception("transfer failed");
            OnPlayRefunded(play.Player, playId, play.Price);
        }
    }
}
