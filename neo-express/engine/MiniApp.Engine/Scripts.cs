using System.Collections;
using System.Numerics;
using Neo;
using Neo.SmartContract;
using Neo.VM;

namespace MiniApp.Engine;

/// <summary>Entry scripts: exactly one <c>System.Contract.Call</c> with CallFlags.All (spec §10 G1).</summary>
public static class Scripts
{
    public static byte[] Call(ContractCall call)
    {
        using var sb = new ScriptBuilder();
        PushArray(sb, call.Args);
        sb.EmitPush((int)CallFlags.All);
        sb.EmitPush(call.Method);
        sb.EmitPush(call.Contract);
        sb.EmitSysCall(ApplicationEngine.System_Contract_Call);
        return sb.ToArray();
    }

    static void PushArray(ScriptBuilder sb, IReadOnlyList<object?> items)
    {
        if (items.Count == 0) { sb.Emit(OpCode.NEWARRAY0); return; }
        for (int i = items.Count - 1; i >= 0; i--) Push(sb, items[i]);
        sb.EmitPush(items.Count);
        sb.Emit(OpCode.PACK);
    }

    static void Push(ScriptBuilder sb, object? arg)
    {
        switch (arg)
        {
            case null: sb.Emit(OpCode.PUSHNULL); break;
            case StackValue v: PushValue(sb, v); break;
            case string or byte[] or bool or BigInteger or Neo.IO.ISerializable or Enum
                or sbyte or byte or short or ushort or int or uint or long or ulong:
                sb.EmitPush(arg); break;
            case IDictionary map:
                sb.Emit(OpCode.NEWMAP);
                foreach (DictionaryEntry e in map)
                {
                    sb.Emit(OpCode.DUP);
                    Push(sb, e.Key);
                    Push(sb, e.Value);
                    sb.Emit(OpCode.SETITEM);
                }
                break;
            case IEnumerable list: PushArray(sb, list.Cast<object?>().ToList()); break;
            default: throw new ArgumentException($"cannot pass a {arg.GetType().Name} as a contract argument");
        }
    }

    static void PushValue(ScriptBuilder sb, StackValue v)
    {
        switch (v)
        {
            case NullValue: sb.Emit(OpCode.PUSHNULL); break;
            case IntegerValue i: sb.EmitPush(i.Value); break;
            case BooleanValue b: sb.EmitPush(b.Value); break;
            case ByteStringValue s: sb.EmitPush(s.Bytes); break;
            case BufferValue b: sb.EmitPush(b.Bytes); sb.Emit(OpCode.CONVERT, new[] { (byte)Neo.VM.Types.StackItemType.Buffer }); break;
            case MapValue m:
                sb.Emit(OpCode.NEWMAP);
                foreach (var e in m.Entries) { sb.Emit(OpCode.DUP); PushValue(sb, e.Key); PushValue(sb, e.Value); sb.Emit(OpCode.SETITEM); }
                break;
            case StructValue s:
                PushArray(sb, s.Items);
                sb.Emit(OpCode.CONVERT, new[] { (byte)Neo.VM.Types.StackItemType.Struct });
                break;
            case ArrayValue a: PushArray(sb, a.Items); break;
            default: throw new ArgumentException($"cannot pass {v} as a contract argument");
        }
    }
}
