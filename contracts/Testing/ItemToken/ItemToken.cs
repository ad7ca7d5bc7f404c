// A minimal NEP-17 token for tests (not part of the spec): the escrowed item asset of NeoGacha's
// machines (neo-gacha.md, README §6 witness scopes). The world fixture deploys it only for the
// apps that need it (simulator/registry.ts `extraContracts`). Anyone may mint to any account (a test
// faucet); transfer follows NEP-17 as Neo 3.5's FungibleToken does: a negative amount faults, a
// missing witness or balance returns false, a receiving contract's onNEP17Payment runs after the
// Transfer notification.
using System;
using System.ComponentModel;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApps.Testing
{
    [DisplayName("ItemToken")]
    [ManifestExtra("Author", "MiniApp verification harness")]
    [ManifestExtra("Description", "NEP-17 test token: escrowed items of NeoGacha machines")]
    [ManifestExtra("Version", "1.0.0")]
    [SupportedStandards("NEP-17")]
    [ContractPermission("*", "onNEP17Payment")]
    public class ItemToken : SmartContract
    {
        /// <summary>00: total supply.</summary>
        private const string PREFIX_SUPPLY = "\x00";
        /// <summary>01‖h160(account): balance.</summary>
        private const string PREFIX_BALANCE = "\x01";

        public delegate void TransferHandler(UInt160 from, UInt160 to, BigInteger amount);

        [DisplayName("Transfer")]
        public static event TransferHandler OnTransfer;

        [Safe]
        public static string Symbol()
        {
            return "ITEM";
        }

        [Safe]
        public static byte Decimals()
        {
            return 0;
        }

        [Safe]
        public static BigInteger TotalSupply()
        {
            return (BigInteger)Storage.Get(Storage.CurrentContext, PREFIX_SUPPLY);
        }

        [Safe]
        public static BigInteger BalanceOf(UInt160 account)
        {
            if (account == null || account.Length != 20) throw new Exception("invalid account");
            return (BigInteger)Storage.Get(Storage.CurrentContext, BalanceKey(account));
        }

        public static bool Transfer(UInt160 from, UInt160 to, BigInteger amount, object data)
        {
            if (from == null || from.Length != 20) throw new Exception("invalid from");
            if (to == null || to.Length != 20) throw new Exception("invalid to");
            if (amount < 0) throw new Exception("amount must be >= 0");
            if (!Runtime.CheckWitness(from)) return false;
            BigInteger fromBalance = BalanceOf(from);
            if (fromBalance < amount) return false;
            if (amount > 0 && from != to)
            {
                Storage.Put(Storage.CurrentContext, BalanceKey(from), fromBalance - amount);
                Storage.Put(Storage.CurrentContext, BalanceKey(to), BalanceOf(to) + amount);
            }
            OnTransfer(from, to, amount);
            if (ContractManagement.GetContract(to) != null) Contract.Call(to, "onNEP17Payment", CallFlags.All, from, amount, data);
            return true;
        }

        /// <summary>Test faucet: `amount` new tokens to `to` (an account; no onNEP17Payment), Transfer(null, to, amount).</summary>
        public static void Mint(UInt160 to, BigInteger amount)
        {
            if (to == null || to.Length != 20) throw new Exception("invalid to");
            if (!(amount > 0)) throw new Exception("amount must be > 0");
            Storage.Put(Storage.CurrentContext, BalanceKey(to), BalanceOf(to) + amount);
            Storage.Put(Storage.CurrentContext, PREFIX_SUPPLY, TotalSupply() + amount);
            OnTransfer(null, to, amount);
        }

        private static ByteString BalanceKey(UInt160 account)
        {
            return (ByteString)Helper.Concat((ByteString)PREFIX_BALANCE, (ByteString)account);
        }
    }
}
