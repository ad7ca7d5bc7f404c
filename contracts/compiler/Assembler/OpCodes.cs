using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Assembler;

/// <summary>Facts about NeoVM opcodes the assembler needs: short/long jump pairs and operand sizes.</summary>
public static class OpCodes
{
    /// <summary>Jumps, CALL and TRY come in pairs: the long form is the short form + 1.</summary>
    public static bool IsJumpLike(OpCode op) => op is >= OpCode.JMP and <= OpCode.CALL_L;

    /// <summary>JMPIF … JMPLE_L: the jumps with two directions (what coverage calls a branch).</summary>
    public static bool IsConditionalJump(OpCode op) => op is >= OpCode.JMPIF and <= OpCode.JMPLE_L;

    public static bool IsLongForm(OpCode op) => IsJumpLike(op) && ((byte)op - (byte)OpCode.JMP) % 2 == 1;

    public static OpCode ToLong(OpCode op) => IsLongForm(op) ? op : op + 1;

    public static OpCode ToShort(OpCode op) => IsLongForm(op) ? op - 1 : op;
}
