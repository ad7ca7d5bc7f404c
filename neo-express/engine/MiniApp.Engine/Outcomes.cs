using Neo;
using Neo.SmartContract;
using Neo.VM;

namespace MiniApp.Engine;

static class Outcomes
{
    public static Outcome From(ApplicationEngine engine, IReadOnlyList<string> logs, UInt256? txHash)
    {
        var exception = engine.FaultException?.GetBaseException().Message;
        return new Outcome(
            engine.State == VMState.HALT ? VmState.Halt : VmState.Fault,
            exception,
            Outcome.ThrownMessageOf(exception),
            engine.ResultStack.Select(StackValues.From).ToList(),
            engine.Notifications.Select(n => new Notification(n.ScriptHash, n.EventName, n.State.Select(StackValues.From).ToList())).ToList(),
            logs,
            engine.GasConsumed,
            txHash,
            engine.State == VMState.FAULT
                ? engine.InvocationStack.Select(c => new FaultFrame(c.GetScriptHash(), c.InstructionPointer)).ToList()
                : null);
    }
}
