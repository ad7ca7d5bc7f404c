using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

public sealed partial class MethodEmitter
{
    /// <summary>
    /// _initialize: INITSSLOT for every static slot used, then each used field's initializer.
    /// Initializers may use further static fields, so the slot list can grow while we emit.
    /// </summary>
    public void EmitInitializer(List<IFieldSymbol> fields, Func<int> slotCount, Func<IFieldSymbol, ExpressionSyntax?> initializerOf)
    {
        Mark(Entry);
        var init = Emit(OpCode.INITSSLOT, [0]);
        for (int i = 0; i < fields.Count; i++)
        {
            if (initializerOf(fields[i]) is not { } value) continue;
            MarkSource(value);
            EmitExpression(value);
            Slot(OpCode.STSFLD, i);
        }
        Emit(OpCode.RET);
        init.Operand = [(byte)slotCount()];
    }
}
