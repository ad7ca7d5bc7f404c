using System.Linq;
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
            if (initializerOf(fields[i]) is { } value)
            {
                MarkSource(value);
                EmitExpression(value);
            }
            else if (fields[i].Type.IsValueType)
                PushDefault(fields[i].Type, fields[i].DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() ?? fields[i].AssociatedSymbol!.DeclaringSyntaxReferences[0].GetSyntax()); // C# zero (nccs 3.5.0 leaves null)
            else continue; // references start as null, as in C#
            Slot(OpCode.STSFLD, i);
        }
        Emit(OpCode.RET);
        init.Operand = [(byte)slotCount()];
    }
}
