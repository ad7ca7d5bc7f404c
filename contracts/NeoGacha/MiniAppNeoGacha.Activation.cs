// Spec: neo-gacha.md "Methods" — activation: setMachineActive [D] (O(n) availability loop) and
// setMachineActiveWithValidation [H] (an available sample plus the stored available-item count).
using System;
using System.Numerics;
using Neo;

namespace MiniApps
{
    public partial class MiniAppNeoGacha
    {
        /// <summary>[D] With active = true: items, TotalWeight == 100, and a loop over every item for AVAIL;
        /// then Locked. Always: Active = active and MachineActivated.</summary>
        public static void SetMachineActive(UInt160 owner, BigInteger machineId, bool active)
        {
            Machine m = CheckActivation(owner, machineId, active);
            if (active)
            {
                for (BigInteger i = 1; i <= m.ItemCount; i++)
                {
                    if (!Available(LoadItem(machineId, i))) throw new Exception("item unavailable");
                }
            }
            Activate(machineId, m, active);
        }

        /// <summary>[H] The same checks with the loop replaced by O(1) ones (only with active = true): the
        /// sample in range and available, then AvailableItemCount == ItemCount.</summary>
        public static void SetMachineActiveWithValidation(UInt160 owner, BigInteger machineId, bool active, BigInteger sampleItemIndex)
        {
            Machine m = CheckActivation(owner, machineId, active);
            if (active)
            {
                if (!(sampleItemIndex >= 1 && sampleItemIndex <= m.ItemCount)) throw new Exception("invalid sample");
                if (!Available(LoadItem(machineId, sampleItemIndex))) throw new Exception("sample item unavailable");
                if (m.AvailableItemCount != m.ItemCount) throw new Exception("item unavailable");
            }
            Activate(machineId, m, active);
        }

        /// <summary>The checks both activations share: NP, owner valid, MEX, not banned, OA; with active = true,
        /// items and a total weight of exactly 100.</summary>
        private static Machine CheckActivation(UInt160 owner, BigInteger machineId, bool active)
        {
            ValidateNotGloballyPaused(APP_ID);
            ValidateAddress(owner);
            Machine m = LoadMachine(machineId);
            if (m.Banned) throw new Exception("machine banned");
            ValidateOwnerOrAdmin(owner, m);
            if (active)
            {
                if (!(m.ItemCount > 0)) throw new Exception("no items");
                if (m.TotalWeight != MAX_TOTAL_WEIGHT) throw new Exception("total weight must be 100");
            }
            return m;
        }

        private static void Activate(BigInteger machineId, Machine m, bool active)
        {
            if (active) m.Locked = true;
            m.Active = active;
            StoreMachine(machineId, m);
            OnMachineActivated(machineId, active);
        }
    }
}
