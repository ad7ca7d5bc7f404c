using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Driver;
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
            {
                // nccs 3.5.0 leaves the slot null: a read is null, not 0/false/a record (arithmetic on
                // it FAULTs, `== 0` is false). C# would start at the default: refuse the difference.
                var decl = fields[i].DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() ?? fields[i].AssociatedSymbol!.DeclaringSyntaxReferences[0].GetSyntax();
                string name = fields[i].AssociatedSymbol?.Name ?? fields[i].Name;
                throw CompileError.Nccs(decl, $"nccs 3.5.0 leaves static {fields[i].Type.ToDisplayString()} '{name}' without an initializer null (C# starts it at its default)",
                    $"give it an explicit initializer (`= 0`, `= false`, `= new R {{ … }}`)");
            }
            else continue; // references start as null, as in C# and nccs
            Slot(OpCode.STSFLD, i);
        }
        Emit(OpCode.RET);
        init.Operand = [(byte)slotCount()];
    }
}
