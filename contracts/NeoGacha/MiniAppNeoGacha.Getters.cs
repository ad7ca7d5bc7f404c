// Spec: neo-gacha.md "Getters" — verifySelectionO1 [H] (O(1)), calculateExpectedSelection and
// getAvailableWeight [D] (O(n) loops), getMachineItemsForFrontend (positional arrays), the record
// views as Maps, getGachaConstants and the plain reads.
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    public partial class MiniAppNeoGacha
    {
        /// <summary>[H] O(1): machine exists, 1 ≤ i ≤ ItemCount, W == TotalWeight &gt; 0, C == Cwb_i,
        /// C ≤ roll(x, W) &lt; C + w_i — false at the first condition that fails (no item key is read for an
        /// out-of-range i, no roll with W = 0).</summary>
        [Safe]
        public static bool VerifySelectionO1(BigInteger machineId, ByteString randomness, BigInteger selectedIndex, BigInteger cumulativeWeightBefore, BigInteger availableWeight)
        {
            ByteString stored = Read(MachineKey(machineId));
            if (stored == null) return false;
            Machine m = (Machine)StdLib.Deserialize(stored);
            if (!(selectedIndex >= 1 && selectedIndex <= m.ItemCount)) return false;
            if (!(availableWeight == m.TotalWeight && m.TotalWeight > 0)) return false;
            GachaItem it = LoadItem(machineId, selectedIndex);
            if (cumulativeWeightBefore != it.CumulativeWeightBefore) return false;
            return InRange(randomness, availableWeight, cumulativeWeightBefore, it.Weight);
        }

        /// <summary>[D] O(n): LOOPSEL(m, x); 0 for a missing machine or one with TotalWeight 0.</summary>
        [Safe]
        public static BigInteger CalculateExpectedSelection(BigInteger machineId, ByteString randomness)
        {
            ByteString stored = Read(MachineKey(machineId));
            if (stored == null) return 0;
            Machine m = (Machine)StdLib.Deserialize(stored);
            if (m.TotalWeight == 0) return 0;
            return LoopSelect(machineId, m, randomness);
        }

        /// <summary>[D] O(n): Σ w_i over the available items, by loop; 0 for a missing machine.</summary>
        [Safe]
        public static BigInteger GetAvailableWeight(BigInteger machineId)
        {
            ByteString stored = Read(MachineKey(machineId));
            if (stored == null) return 0;
            Machine m = (Machine)StdLib.Deserialize(stored);
            BigInteger total = 0;
            for (BigInteger i = 1; i <= m.ItemCount; i++)
            {
                GachaItem it = LoadItem(machineId, i);
                if (Available(it)) total += it.Weight;
            }
            return total;
        }

        /// <summary>Item order, each [index, name, weight, rarity, 1, assetHash, amount, stock,
        /// cumulativeWeightBefore, available] (Arrays, not Maps: 100 items as Maps would exceed NeoVM 3.5's
        /// 2,048 stack items); an empty Array for a missing machine.</summary>
        [Safe]
        public static object[] GetMachineItemsForFrontend(BigInteger machineId)
        {
            ByteString stored = Read(MachineKey(machineId));
            if (stored == null) return new object[0];
            Machine m = (Machine)StdLib.Deserialize(stored);
            object[] items = new object[(int)m.ItemCount];
            for (BigInteger i = 1; i <= m.ItemCount; i++)
            {
                GachaItem it = LoadItem(machineId, i);
                items[(int)(i - 1)] = new object[] { i, it.Name, it.Weight, it.Rarity, ASSET_NEP17, it.AssetHash, it.Amount, it.Stock, it.CumulativeWeightBefore, Available(it) };
            }
            return items;
        }

        [Safe]
        public static Map<string, object> GetGachaConstants()
        {
            Map<string, object> c = new Map<string, object>();
            c["maxItemsPerMachine"] = MAX_ITEMS_PER_MACHINE;
            c["maxTotalWeight"] = MAX_TOTAL_WEIGHT;
            c["assetNep17"] = ASSET_NEP17;
            c["scriptName"] = SCRIPT_NAME;
            c["currentTime"] = Now();
            return c;
        }

        /// <summary>The machine as a Map in the spec's key order; an empty Map when absent.</summary>
        [Safe]
        public static Map<string, object> GetMachine(BigInteger machineId)
        {
            Map<string, object> v = new Map<string, object>();
            ByteString stored = Read(MachineKey(machineId));
            if (stored == null) return v;
            Machine m = (Machine)StdLib.Deserialize(stored);
            v["id"] = machineId;
            v["creator"] = m.Creator;
            v["owner"] = m.Owner;
            v["name"] = m.Name;
            v["description"] = m.Description;
            v["category"] = m.Category;
            v["tags"] = m.Tags;
            v["price"] = m.Price;
            v["itemCount"] = m.ItemCount;
            v["totalWeight"] = m.TotalWeight;
            v["availableWeight"] = m.AvailableWeight;
            v["availableItemCount"] = m.AvailableItemCount;
            v["plays"] = m.Plays;
            v["revenue"] = m.Revenue;
            v["createdAt"] = m.CreatedAt;
            v["lastPlayedAt"] = m.LastPlayedAt;
            v["active"] = m.Active;
            v["banned"] = m.Banned;
            v["locked"] = m.Locked;
            return v;
        }

        /// <summary>The item as a Map; an empty Map unless the machine exists and 1 ≤ i ≤ ItemCount (no aliased key is read).</summary>
        [Safe]
        public static Map<string, object> GetMachineItem(BigInteger machineId, BigInteger itemIndex)
        {
            Map<string, object> v = new Map<string, object>();
            ByteString stored = Read(MachineKey(machineId));
            if (stored == null) return v;
            Machine m = (Machine)StdLib.Deserialize(stored);
            if (!(itemIndex >= 1 && itemIndex <= m.ItemCount)) return v;
            GachaItem it = LoadItem(machineId, itemIndex);
            v["machineId"] = machineId;
            v["itemIndex"] = itemIndex;
            v["name"] = it.Name;
            v["weight"] = it.Weight;
            v["rarity"] = it.Rarity;
            v["assetHash"] = it.AssetHash;
            v["amount"] = it.Amount;
            v["stock"] = it.Stock;
            v["cumulativeWeightBefore"] = it.CumulativeWeightBefore;
            return v;
        }

        /// <summary>The play as a Map; an empty Map when absent.</summary>
        [Safe]
        public static Map<string, object> GetPlay(BigInteger playId)
        {
            Map<string, object> v = new Map<string, object>();
            ByteString stored = Read(PlayKey(playId));
            if (stored == null) return v;
            Play play = (Play)StdLib.Deserialize(stored);
            v["playId"] = playId;
            v["player"] = play.Player;
            v["machineId"] = play.MachineId;
            v["itemIndex"] = play.ItemIndex;
            v["price"] = play.Price;
            v["timestamp"] = play.Timestamp;
            v["resolved"] = play.Resolved;
            v["mode"] = play.Mode;
            return v;
        }

        /// <summary>50‖bytes(playId), or null.</summary>
        [Safe]
        public static ByteString GetPlayRandomness(BigInteger playId)
        {
            return Read(RandomnessKey(playId));
        }

        [Safe]
        public static BigInteger TotalMachines()
        {
            return ReadInteger(PREFIX_MACHINE_COUNTER);
        }
    }
}
