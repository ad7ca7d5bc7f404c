using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Assembler;
using MiniApp.Compiler.Driver;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

public sealed partial class MethodEmitter
{
    /// <summary>
    /// Jumps to <paramref name="fail"/> unless the value in local <paramref name="slot"/> matches:
    /// constants (EQUAL for every type, as nccs 3.5.0: a Boolean never matches an Integer 0/1), <c>_</c>, relational patterns on
    /// integers (<c>&lt; 0</c>), <c>null</c>/<c>not null</c>, type patterns, and <c>and</c>/<c>or</c>/<c>not</c> of those.
    /// Declaration and property patterns are outside the subset.
    /// </summary>
    private void EmitPatternBranch(PatternSyntax pattern, int slot, ITypeSymbol? valueType, Label fail)
    {
        switch (pattern)
        {
            case DiscardPatternSyntax: return;
            case ParenthesizedPatternSyntax p: EmitPatternBranch(p.Pattern, slot, valueType, fail); return;
            case BinaryPatternSyntax b when b.OperatorToken.IsKind(SyntaxKind.AndKeyword):
                EmitPatternBranch(b.Left, slot, valueType, fail);
                EmitPatternBranch(b.Right, slot, valueType, fail);
                return;
            case BinaryPatternSyntax b when b.OperatorToken.IsKind(SyntaxKind.OrKeyword):
                {
                    Label tryRight = new(), matched = new();
                    EmitPatternBranch(b.Left, slot, valueType, tryRight);
                    Jump(OpCode.JMP, matched);
                    Mark(tryRight);
                    EmitPatternBranch(b.Right, slot, valueType, fail);
                    Mark(matched);
                    return;
                }
            case UnaryPatternSyntax u when u.OperatorToken.IsKind(SyntaxKind.NotKeyword):
                {
                    var matchedInner = new Label();
                    EmitPatternBranch(u.Pattern, slot, valueType, matchedInner);
                    Jump(OpCode.JMP, fail);
                    Mark(matchedInner);
                    return;
                }
            case ConstantPatternSyntax c when SymbolOf(c.Expression) is ITypeSymbol t && StackItemTypeOf(t) is { } tc:
                Slot(OpCode.LDLOC, slot); Emit(OpCode.ISTYPE, [tc]); Jump(OpCode.JMPIFNOT, fail); return;
            case ConstantPatternSyntax c:
                {
                    var constant = ModelFor(c.Expression).GetConstantValue(c.Expression);
                    if (!constant.HasValue) throw CompileError.Unsupported(c, "non-constant pattern");
                    Slot(OpCode.LDLOC, slot);
                    if (constant.Value is null) { Emit(OpCode.ISNULL); Jump(OpCode.JMPIFNOT, fail); return; }
                    PushConstant(constant.Value, c);
                    Emit(OpCode.EQUAL); Jump(OpCode.JMPIFNOT, fail); // EQUAL for every type, as nccs 3.5.0
                    return;
                }
            case RelationalPatternSyntax r when Interop.TypeMap.IsNumeric(valueType):
                Slot(OpCode.LDLOC, slot);
                EmitExpression(r.Expression);
                Jump(r.OperatorToken.Kind() switch
                {
                    SyntaxKind.LessThanToken => OpCode.JMPGE,
                    SyntaxKind.LessThanEqualsToken => OpCode.JMPGT,
                    SyntaxKind.GreaterThanToken => OpCode.JMPLE,
                    _ => OpCode.JMPLT,
                }, fail);
                return;
            case TypePatternSyntax tp when TypeOf(tp.Type) is { } t && StackItemTypeOf(t) is { } code:
                Slot(OpCode.LDLOC, slot); Emit(OpCode.ISTYPE, [code]); Jump(OpCode.JMPIFNOT, fail); return;
        }
        throw CompileError.Unsupported(pattern, $"pattern {pattern.Kind()}");
    }
}
