// Spec: neo-gacha.md "Methods" — machines and their escrowed items: createMachine, addMachineItem,
// depositItem, withdrawItem, setMachineBanned, checkAndDeactivateMachine; OA and SETSTOCK.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Services;

namespace MiniApps
{
    public partial class MiniAppNeoGacha
    {
        /// <summary>NP; creator valid; the text limits; 0 &lt; price ≤ MaxBet; A(creator). A new unlocked,
        /// inactive machine with no items; returns its id.</summary>
        public static BigInteger CreateMachine(UInt160 creator, string name, string description, string category, string tags, BigInteger price)
        {
            ValidateNotGloballyPaused(APP_ID);
            ValidateAddress(creator);
            if (!(name.Length > 0)) throw new Exception("name required");
            if (!(name.Length <= MAX_NAME)) throw new Exception("name too long");
            if (!(description.Length <= MAX_DESCRIPTION)) throw new Exception("description too long");
            if (!(category.Length <= MAX_CATEGORY)) throw new Exception("category too long");
            if (!(tags.Length <= MAX_TAGS)) throw new Exception("tags too long");
            if (!(price > 0)) throw new Exception("price must be > 0");
            if (!(price <= GetGameBetLimits()[0])) throw new Exception("price exceeds max bet");
            ValidateUser(creator);
            BigInteger id = ReadInteger(PREFIX_MACHINE_COUNTER) + 1;
            WriteInteger(PREFIX_MACHINE_COUNTER, id);
            Machine m = new Machine
            {
                Creator = creator,
                Owner = creator,
                Name = name,
                Description = description,
                Category = category,
                Tags = tags,
                Price = price,
                ItemCount = 0,
                TotalWeight = 0,
                AvailableWeight = 0,
                AvailableItemCount = 0,
                Plays = 0,
                Revenue = 0,
                CreatedAt = Now(),
                LastPlayedAt = 0,
                Active = false,
                Banned = false,
                Locked = false
            };
            StoreMachine(id, m);
            OnMachineCreated(creator, id);
            return id;
        }

        /// <summary>Appends item ItemCount + 1 with CumulativeWeightBefore = TotalWeight; stock 0 (so the
        /// available weight and count do not change). tokenId is ignored.</summary>
        public static BigInteger AddMachineItem(UInt160 creator, BigInteger machineId, string name, BigInteger weight, string rarity, BigInteger assetType, UInt160 assetHash, BigInteger amount, string tokenId)
        {
            ValidateNotGloballyPaused(APP_ID);
            ValidateAddress(creator);
            Machine m = LoadMachine(machineId);
            ValidateOwnerOrAdmin(creator, m);
            if (m.Active) throw new Exception("machine active");
            if (m.Locked) throw new Exception("items locked");
            if (!(name.Length > 0)) throw new Exception("item name required");
            if (!(name.Length <= MAX_NAME)) throw new Exception("item name too long");
            if (!(weight > 0)) throw new Exception("weight must be > 0");
            if (!(m.ItemCount < MAX_ITEMS_PER_MACHINE)) throw new Exception("too many items");
            if (!(m.TotalWeight + weight <= MAX_TOTAL_WEIGHT)) throw new Exception("total weight exceeded");
            if (!(rarity.Length <= MAX_RARITY)) throw new Exception("rarity too long");
            if (assetType != ASSET_NEP17) throw new Exception("invalid asset type");
            ValidateAddress(assetHash);
            if (!(amount > 0)) throw new Exception("amount must be > 0");
            BigInteger i = m.ItemCount + 1;
            GachaItem it = new GachaItem
            {
                Name = name,
                Weight = weight,
                Rarity = rarity,
                AssetHash = assetHash,
                Amount = amount,
                Stock = 0,
                CumulativeWeightBefore = m.TotalWeight
            };
            StoreItem(machineId, i, it);
            m.ItemCount = i;
            m.TotalWeight += weight;
            StoreMachine(machineId, m);
            OnMachineItemAdded(machineId, i);
            return i;
        }

        /// <summary>The owner's tokens into escrow (the owner signs CalledByEntry + CustomContracts[AssetHash],
        /// README §6), then SETSTOCK(Stock + amount).</summary>
        public static void DepositItem(UInt160 owner, BigInteger machineId, BigInteger itemIndex, BigInteger amount)
        {
            ValidateNotGloballyPaused(APP_ID);
            ValidateAddress(owner);
            if (!(amount > 0)) throw new Exception("amount must be > 0");
            Machine m = LoadMachine(machineId);
            if (m.Banned) throw new Exception("machine banned");
            ValidateOwnerOrAdmin(owner, m);
            if (!(itemIndex >= 1 && itemIndex <= m.ItemCount)) throw new Exception("item not found");
            GachaItem it = LoadItem(machineId, itemIndex);
            if (amount % it.Amount != 0) throw new Exception("amount must align with prize unit");
            if (!(bool)Contract.Call(it.AssetHash, "transfer", CallFlags.All, owner, Runtime.ExecutingScriptHash, amount, null)) throw new Exception("transfer failed");
            bool was = Available(it);
            it.Stock += amount;
            m = Restock(m, was, it);
            StoreItem(machineId, itemIndex, it);
            StoreMachine(machineId, m);
            OnInventoryDeposited(machineId, itemIndex, amount, "");
        }

        /// <summary>Out of escrow to the machine's owner, state first (README §6); only while inactive.</summary>
        public static void WithdrawItem(UInt160 owner, BigInteger machineId, BigInteger itemIndex, BigInteger amount)
        {
            ValidateNotGloballyPaused(APP_ID);
            ValidateAddress(owner);
            if (!(amount > 0)) throw new Exception("amount must be > 0");
            Machine m = LoadMachine(machineId);
            if (m.Active) throw new Exception("machine active");
            ValidateOwnerOrAdmin(owner, m);
            if (!(itemIndex >= 1 && itemIndex <= m.ItemCount)) throw new Exception("item not found");
            GachaItem it = LoadItem(machineId, itemIndex);
            if (!(it.Stock >= amount)) throw new Exception("insufficient stock");
            bool was = Available(it);
            it.Stock -= amount;
            m = Restock(m, was, it);
            StoreItem(machineId, itemIndex, it);
            StoreMachine(machineId, m);
            if (!(bool)Contract.Call(it.AssetHash, "transfer", CallFlags.All, Runtime.ExecutingScriptHash, m.Owner, amount, null)) throw new Exception("transfer failed");
            OnInventoryWithdrawn(machineId, itemIndex, amount, "");
        }

        /// <summary>Admin only. A ban deactivates (without MachineActivated); unbanning does not reactivate.</summary>
        public static void SetMachineBanned(BigInteger machineId, bool banned)
        {
            ValidateAdmin();
            Machine m = LoadMachine(machineId);
            m.Banned = banned;
            if (banned) m.Active = false;
            StoreMachine(machineId, m);
            OnMachineBanned(machineId, banned);
        }

        /// <summary>Anyone, with the machine's stored available weight; deactivates an active machine with an
        /// unavailable item (which NG-P5 says cannot exist), otherwise changes nothing.</summary>
        public static void CheckAndDeactivateMachine(BigInteger machineId, BigInteger calculatedRemainingWeight)
        {
            Machine m = LoadMachine(machineId);
            if (calculatedRemainingWeight != m.AvailableWeight) throw new Exception("weight mismatch");
            if (m.Active && m.AvailableItemCount < m.ItemCount)
            {
                m.Active = false;
                StoreMachine(machineId, m);
                OnMachineActivated(machineId, false);
            }
        }

        /// <summary>OA(owner, m): CheckWitness(admin) ∨ (CheckWitness(owner) ∧ owner == m.Owner).</summary>
        private static void ValidateOwnerOrAdmin(UInt160 owner, Machine m)
        {
            UInt160 admin = Admin();
            if (admin != null && Runtime.CheckWitness(admin)) return;
            if (Runtime.CheckWitness(owner) && owner == m.Owner) return;
            throw new Exception("unauthorized");
        }

        /// <summary>SETSTOCK's bookkeeping once the item's Stock is set: `was` = AVAIL before. Returns the machine
        /// with AvailableWeight / AvailableItemCount moved when the item's availability flipped.</summary>
        private static Machine Restock(Machine m, bool was, GachaItem it)
        {
            bool now = Available(it);
            if (was && !now)
            {
                m.AvailableWeight -= it.Weight;
                m.AvailableItemCount -= 1;
            }
            if (!was && now)
            {
                m.AvailableWeight += it.Weight;
                m.AvailableItemCount += 1;
            }
            return m;
        }
    }
}
