using System.ComponentModel;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApp.Compiler.Tests.Constructs.Contracts
{
    /// <summary>OnChainTarot's reading: a record with an Array field, stored and changed in place.</summary>
    public struct Reading
    {
        public UInt160 User;
        public string Question;
        public BigInteger[] Cards;
        public BigInteger Status;
        public bool Active;
    }

    /// <summary>Lottery's cumulative-index entry.</summary>
    public struct TicketEntry
    {
        public UInt160 Player;
        public BigInteger StartTicket;
        public BigInteger Count;
    }

    /// <summary>
    /// The computational kernels and storage shapes of the spec's remaining apps (issue #13), written
    /// as the app files describe them: README §4 rand/beN, OnChainTarot CARDS (hash chain, distinct
    /// draws), TurtleMatch GAME (nested loops, cumulative odds), RedEnvelope D (exact-sum split),
    /// NeoGacha weighted selection, Lottery cumulative index and winner walk, records with Array
    /// fields in storage changed by a helper (CompoundCapsule ACCRUE style), Map getters with ordered
    /// keys, Storage.Find modes, NEO/GAS natives, switch forms, casts, StdLib/CryptoLib calls.
    /// </summary>
    [DisplayName("AppKernelProbe")]
    [ContractPermission("*", "*")]
    public class AppKernelProbe : SmartContract
    {
        const byte PrefixCounter = 0x40;
        const byte PrefixReading = 0x41;
        const byte PrefixEntry = 0x44;
        const long MinPacket = 1_000_000;
        static readonly BigInteger[] Odds = { 20, 40, 58, 73, 85, 93, 98, 100 };
        static readonly BigInteger[] Rewards = { 15_000_000, 15_000_000, 18_000_000, 20_000_000, 25_000_000, 35_000_000, 50_000_000, 100_000_000 };

        static ByteString H(ByteString x) => CryptoLib.Sha256(x);

        /// <summary>README §4 rand(h): the first 31 bytes as an unsigned little-endian integer.</summary>
        [Safe]
        public static BigInteger Rand(ByteString h) => new BigInteger(Helper.Concat(((byte[])h).Range(0, 31), new byte[] { 0 }));

        /// <summary>README §4 beN(h, k): big-endian unsigned integer of the first k bytes.</summary>
        [Safe]
        public static BigInteger BeN(ByteString h, int k)
        {
            BigInteger r = 0;
            for (int i = 0; i < k; i++) r = r * 256 + h[i];
            return r;
        }

        /// <summary>OnChainTarot CARDS(x, count).</summary>
        [Safe]
        public static BigInteger[] Cards(ByteString seed, int count)
        {
            List<BigInteger> drawn = new List<BigInteger>();
            ByteString h = seed;
            BigInteger j = 0;
            while (drawn.Count < count)
            {
                h = H(Helper.Concat(h, (ByteString)j));
                BigInteger c = BeN(h, 4) % 78;
                bool seen = false;
                foreach (BigInteger d in drawn)
                {
                    if (d == c) { seen = true; break; }
                }
                if (!seen) drawn.Add(c);
                j++;
            }
            return drawn;
        }

        /// <summary>TurtleMatch GAME(seed, boxCount) → [matches, reward].</summary>
        [Safe]
        public static BigInteger[] Game(ByteString seed, int boxCount)
        {
            ByteString s = seed;
            BigInteger matches = 0;
            BigInteger reward = 0;
            for (int b = 0; b < boxCount; b++)
            {
                BigInteger[] counts = new BigInteger[8];
                for (int cell = 0; cell < 9; cell++)
                {
                    s = H(s);
                    BigInteger r = Rand(s) % 100;
                    int color = 0;
                    while (r >= Odds[color]) color++;
                    counts[color] += 1;
                }
                for (int c = 0; c < 8; c++)
                {
                    if (counts[c] >= 3) { matches++; reward += Rewards[c]; }
                }
            }
            return new BigInteger[] { matches, reward };
        }

        /// <summary>RedEnvelope D(s, T, n).</summary>
        [Safe]
        public static BigInteger[] Distribute(ByteString seed, BigInteger total, int n)
        {
            BigInteger[] a = new BigInteger[n];
            BigInteger rem = total;
            for (int k = 0; k < n - 1; k++)
            {
                BigInteger r = Rand(H(Helper.Concat(seed, (ByteString)(BigInteger)k)));
                BigInteger max = rem - (n - 1 - k) * MinPacket;
                BigInteger range = max - MinPacket;
                a[k] = range > 0 ? MinPacket + r % range : MinPacket;
                rem -= a[k];
            }
            a[n - 1] = rem;
            return a;
        }

        /// <summary>NeoGacha select(items, x) → [index (1-based), cumulativeWeightBefore, W].</summary>
        [Safe]
        public static object[] Select(BigInteger[] weights, ByteString x)
        {
            BigInteger w = 0;
            foreach (BigInteger wi in weights) w += wi;
            BigInteger roll = Rand(H(x)) % w;
            BigInteger c = 0;
            for (int i = 0; i < weights.Length; i++)
            {
                if (roll < c + weights[i]) return new object[] { i + 1, c, w };
                c += weights[i];
            }
            return new object[] { 0, c, w };
        }

        /// <summary>Lottery: append an entry with the cumulative StartTicket; returns its index.</summary>
        public static BigInteger AddEntry(UInt160 player, BigInteger count)
        {
            StorageMap counter = new StorageMap(Storage.CurrentContext, PrefixCounter);
            BigInteger entries = (BigInteger)counter.Get("e");
            BigInteger sold = (BigInteger)counter.Get("t");
            TicketEntry e = new TicketEntry { Player = player, StartTicket = sold, Count = count };
            new StorageMap(Storage.CurrentContext, PrefixEntry).PutObject((ByteString)entries, e);
            counter.Put("e", entries + 1);
            counter.Put("t", sold + count);
            return entries;
        }

        [Safe]
        public static object GetEntry(BigInteger index)
        {
            ByteString raw = new StorageMap(Storage.CurrentReadOnlyContext, PrefixEntry).Get((ByteString)index);
            if (raw is null) return null;
            return (TicketEntry)StdLib.Deserialize(raw);
        }

        /// <summary>Lottery winner walk [D]: the owner of ticket w, by a loop over the stored entries.</summary>
        [Safe]
        public static UInt160 WinnerOf(BigInteger ticket)
        {
            StorageMap counter = new StorageMap(Storage.CurrentReadOnlyContext, PrefixCounter);
            BigInteger entries = (BigInteger)counter.Get("e");
            StorageMap store = new StorageMap(Storage.CurrentReadOnlyContext, PrefixEntry);
            for (BigInteger i = 0; i < entries; i++)
            {
                TicketEntry e = (TicketEntry)store.GetObject((ByteString)i);
                if (ticket >= e.StartTicket && ticket < e.StartTicket + e.Count) return e.Player;
            }
            return null;
        }

        /// <summary>Entries found with Storage.Find(ValuesOnly | DeserializeValues | PickField1): their StartTickets.</summary>
        [Safe]
        public static BigInteger[] StartTickets()
        {
            List<BigInteger> starts = new List<BigInteger>();
            Iterator it = Storage.Find(Storage.CurrentReadOnlyContext, new byte[] { PrefixEntry }, FindOptions.ValuesOnly | FindOptions.DeserializeValues | FindOptions.PickField1);
            while (it.Next()) starts.Add((BigInteger)it.Value);
            return starts;
        }

        /// <summary>Storage.Find(KeysOnly | RemovePrefix): the number of entry keys.</summary>
        [Safe]
        public static BigInteger EntryKeyCount()
        {
            BigInteger n = 0;
            Iterator it = Storage.Find(Storage.CurrentReadOnlyContext, new byte[] { PrefixEntry }, FindOptions.KeysOnly | FindOptions.RemovePrefix);
            while (it.Next()) n++;
            return n;
        }

        /// <summary>OnChainTarot: a record with an Array field, stored with StdLib.serialize.</summary>
        public static BigInteger SaveReading(UInt160 user, string question, int spreadType)
        {
            StorageMap counter = new StorageMap(Storage.CurrentContext, PrefixCounter);
            BigInteger id = (BigInteger)counter.Get("r") + 1;
            counter.Put("r", id);
            Reading rd = new Reading { User = user, Question = question, Cards = new BigInteger[0], Status = 0, Active = true };
            new StorageMap(Storage.CurrentContext, PrefixReading).PutObject((ByteString)id, rd);
            return id;
        }

        /// <summary>Settle: the helper changes the record it receives (nccs shares it), the caller stores it.</summary>
        public static void CompleteReading(BigInteger id, ByteString seed)
        {
            StorageMap readings = new StorageMap(Storage.CurrentContext, PrefixReading);
            Reading rd = (Reading)readings.GetObject((ByteString)id);
            if (rd.Status != 0) throw new System.Exception("already settled");
            Complete(rd, seed);
            readings.PutObject((ByteString)id, rd);
        }

        static void Complete(Reading rd, ByteString seed)
        {
            rd.Cards = Cards(seed, CardCount(rd.Question.Length));
            rd.Status = 1;
        }

        /// <summary>Switch expression with relational patterns.</summary>
        [Safe]
        public static int CardCount(int questionLength) => questionLength switch
        {
            < 10 => 1,
            < 20 => 3,
            >= 20 and < 40 => 5,
            _ => 10,
        };

        [Safe]
        public static object GetReading(BigInteger id)
        {
            ByteString raw = new StorageMap(Storage.CurrentReadOnlyContext, PrefixReading).Get((ByteString)id);
            if (raw is null) return null;
            return StdLib.Deserialize(raw);
        }

        /// <summary>Frontend getter: an empty Map when absent, else keys in this order.</summary>
        [Safe]
        public static Map<string, object> GetReadingForFrontend(BigInteger id)
        {
            Map<string, object> m = new Map<string, object>();
            ByteString raw = new StorageMap(Storage.CurrentReadOnlyContext, PrefixReading).Get((ByteString)id);
            if (raw is null) return m;
            Reading rd = (Reading)StdLib.Deserialize(raw);
            m["id"] = id;
            m["user"] = rd.User;
            m["cards"] = rd.Cards;
            m["cardCount"] = rd.Cards.Length;
            m["status"] = (int)rd.Status switch { 0 => "pending", 1 => "completed", _ => "refunded" };
            m["label"] = "reading #" + id;
            return m;
        }

        /// <summary>A switch statement on strings.</summary>
        [Safe]
        public static BigInteger SpreadFee(string name)
        {
            switch (name)
            {
                case "single": return 5_000_000;
                case "three": return 10_000_000;
                case "celtic": return 50_000_000;
                default: return 0;
            }
        }

        /// <summary>NEO and GAS natives: balances, unclaimed GAS up to the next block, a NEO transfer from the contract.</summary>
        [Safe]
        public static BigInteger[] Balances(UInt160 account) =>
            new BigInteger[] { NEO.BalanceOf(account), GAS.BalanceOf(account), NEO.UnclaimedGas(account, Ledger.CurrentIndex + 1) };

        public static bool SendNeo(UInt160 to, BigInteger amount)
            => NEO.Transfer(Runtime.ExecutingScriptHash, to, amount, null);

        /// <summary>Runtime.GetNotifications: the events this contract sent so far in this execution.</summary>
        public static object[] NotifyAndCount(BigInteger n)
        {
            for (int i = 0; i < n; i++) Runtime.Notify("Tick", new object[] { i });
            Notification[] all = Runtime.GetNotifications(Runtime.ExecutingScriptHash);
            Notification last = all[all.Length - 1];
            return new object[] { all.Length, last.EventName, last.State[0], last.ScriptHash == Runtime.ExecutingScriptHash };
        }

        /// <summary>ContractManagement and StdLib: this contract's id, itoa/atoi, base64 round trip.</summary>
        [Safe]
        public static object[] Misc(BigInteger n)
        {
            Contract self = ContractManagement.GetContract(Runtime.ExecutingScriptHash);
            string text = StdLib.Itoa(n, 10);
            return new object[] { self.Id > 0, text, StdLib.Atoi(text, 10), StdLib.Base64Decode(StdLib.Base64Encode((ByteString)n)), (int)n };
        }
    }
}
