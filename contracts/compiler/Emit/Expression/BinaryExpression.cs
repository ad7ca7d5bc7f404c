using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Assembler;
using MiniApp.Compiler.Driver;
using OpCode = Neo.SmartContract.Framework.OpCode;

namespace MiniApp.Compiler.Emit;

public sealed partial class MethodEmitter
{
    private void EmitBinary(BinaryExpressionSyntax b)
    {
        switch (b.Kind())
        {
            case SyntaxKind.LogicalAndExpression:
            case SyntaxKind.LogicalOrExpression:
                {
                    // Short-circuit: a Boolean is materialised only when the value itself is needed.
                    Label otherwise = new(), end = new();
                    bool isAnd = b.IsKind(SyntaxKind.LogicalAndExpression);
                    EmitBranch(b, otherwise, jumpIfTrue: !isAnd);
                    Push(isAnd);
                    Jump(OpCode.JMP, end);
                    Mark(otherwise);
                    Push(!isAnd);
                    Mark(end);
                    return;
                }
            case SyntaxKind.CoalesceExpression:
                {
                    var end = new Label();
                    EmitExpression(b.Left);
                    Emit(OpCode.DUP);
                    Emit(OpCode.ISNULL);
                    Jump(OpCode.JMPIFNOT, end);
                    Emit(OpCode.DROP);
                    EmitExpression(b.Right);
                    Mark(end);
                    return;
                }
            case SyntaxKind.IsExpression when TypeOf((ExpressionSyntax)b.Right) is { } tested && StackItemTypeOf(tested) is { } code:
                EmitExpression(b.Left);
                Emit(OpCode.ISTYPE, [code]);
                return;
            case SyntaxKind.IsExpression or SyntaxKind.AsExpression:
                throw CompileError.Unsupported(b, "is/as type test");
        }
        var op = SymbolOf(b) as IMethodSymbol;
        var leftType = TypeOf(b.Left);
        var rightType = TypeOf(b.Right);
        if (IsStringConcat(b))
        {
            EmitConcatChain(b);
            Emit(OpCode.CONVERT, [0x28]); // CAT yields a Buffer; a string is a ByteString (as nccs 3.5.0)
            return;
        }
        if (op is not null && op.MethodKind == MethodKind.UserDefinedOperator && Interop.TypeMap.IsFramework(op))
        {
            EmitExpression(b.Left); EmitExpression(b.Right); EmitFrameworkBody(op, b); return;
        }
        if (b.Kind() is SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression) RefuseBufferComparison(b, b.Left, b.Right);
        EmitExpression(b.Left);
        EmitExpression(b.Right);
        EmitBinaryOperator(b.OperatorToken.Kind(), leftType, rightType, TypeOf(b), b, IsIntegerItem(b.Left) && IsIntegerItem(b.Right));
    }

    /// <summary>
    /// The NeoVM item type a C# type test checks with ISTYPE (exact type: a Buffer is not a
    /// string, a Struct is not an Array). Null for types without one stack item type (object, …).
    /// </summary>
    private static byte? StackItemTypeOf(ITypeSymbol t)
    {
        if (t.SpecialType == SpecialType.System_Boolean) return 0x20;
        if (Interop.TypeMap.IsNumeric(t)) return 0x21;
        if (t.SpecialType == SpecialType.System_String || t.Name is "ByteString" or "UInt160" or "UInt256" or "ECPoint") return 0x28;
        if (t is IArrayTypeSymbol a) return a.ElementType.SpecialType == SpecialType.System_Byte ? (byte)0x30 : (byte)0x40;
        if (t.Name == "List" && Interop.TypeMap.IsFramework(t)) return 0x40;
        if (t.Name == "Map" && Interop.TypeMap.IsFramework(t)) return 0x48;
        if (t.TypeKind == TypeKind.Struct && t.ContainingAssembly is ISourceAssemblySymbol) return 0x41;
        return null;
    }

    /// <summary>The opcode(s) of a binary operator on two pushed operands (also used by compound
    /// assignment). Fixed-width results of binary <c>+ - * &lt;&lt;</c> wrap (unchecked C#, as nccs
    /// 3.5.0); as nccs 3.5.0, <c>/</c> and every compound assignment (<c>+=</c>, <c>*=</c>, …) do not
    /// wrap (<c>long.MinValue / -1</c> is 2^63, <c>int x = int.MaxValue; x += 1;</c> is 2^31).
    /// <c>==</c>/<c>!=</c> are EQUAL/NOTEQUAL as nccs (a Boolean never equals an Integer, an Integer
    /// never a ByteString), NUMEQUAL only where both operands are certainly Integers (same result).</summary>
    private void EmitBinaryOperator(SyntaxKind token, ITypeSymbol? left, ITypeSymbol? right, ITypeSymbol? result, SyntaxNode node, bool integerItems = false)
    {
        bool numeric = Interop.TypeMap.IsNumeric(left) && Interop.TypeMap.IsNumeric(right);
        bool boolean = left?.SpecialType == SpecialType.System_Boolean && right?.SpecialType == SpecialType.System_Boolean;
        bool compound = SyntaxFacts.IsAssignmentExpressionOperatorToken(token);
        void WrapBinary() { if (!compound) Wrap(result, node); }
        switch (token)
        {
            case SyntaxKind.PlusToken or SyntaxKind.PlusEqualsToken when numeric: Emit(OpCode.ADD); WrapBinary(); return;
            case SyntaxKind.MinusToken or SyntaxKind.MinusEqualsToken when numeric: Emit(OpCode.SUB); WrapBinary(); return;
            case SyntaxKind.AsteriskToken or SyntaxKind.AsteriskEqualsToken when numeric: Emit(OpCode.MUL); WrapBinary(); return;
            case SyntaxKind.SlashToken or SyntaxKind.SlashEqualsToken when numeric: EmitDivide(); return;
            case SyntaxKind.PercentToken or SyntaxKind.PercentEqualsToken when numeric: Emit(OpCode.MOD); return;
            case SyntaxKind.LessThanLessThanToken or SyntaxKind.LessThanLessThanEqualsToken when numeric: Emit(OpCode.SHL); WrapBinary(); return;
            case SyntaxKind.GreaterThanGreaterThanToken or SyntaxKind.GreaterThanGreaterThanEqualsToken when numeric: Emit(OpCode.SHR); return;
            case SyntaxKind.AmpersandToken or SyntaxKind.AmpersandEqualsToken when numeric: Emit(OpCode.AND); return;
            case SyntaxKind.BarToken or SyntaxKind.BarEqualsToken when numeric: Emit(OpCode.OR); return;
            case SyntaxKind.CaretToken or SyntaxKind.CaretEqualsToken when numeric: Emit(OpCode.XOR); return;
            case SyntaxKind.AmpersandToken or SyntaxKind.AmpersandEqualsToken when boolean: Emit(OpCode.BOOLAND); return;
            case SyntaxKind.BarToken or SyntaxKind.BarEqualsToken when boolean: Emit(OpCode.BOOLOR); return;
            case SyntaxKind.CaretEqualsToken when boolean:
                throw CompileError.Nccs(node, "nccs 3.5.0 cannot compile ^= on bool", "write b = b != c");
            case SyntaxKind.CaretToken when boolean:
                throw CompileError.Nccs(node, "nccs 3.5.0 compiles ^ on bool to XOR, whose result is an Integer 0/1, not a Boolean", "write a != b");
            case SyntaxKind.EqualsEqualsToken: Emit(integerItems ? OpCode.NUMEQUAL : OpCode.EQUAL); return;
            case SyntaxKind.ExclamationEqualsToken: Emit(integerItems ? OpCode.NUMNOTEQUAL : OpCode.NOTEQUAL); return;
            case SyntaxKind.LessThanToken when numeric: Emit(OpCode.LT); return;
            case SyntaxKind.LessThanEqualsToken when numeric: Emit(OpCode.LE); return;
            case SyntaxKind.GreaterThanToken when numeric: Emit(OpCode.GT); return;
            case SyntaxKind.GreaterThanEqualsToken when numeric: Emit(OpCode.GE); return;
        }
        throw CompileError.Unsupported(node, $"operator {SyntaxFacts.GetText(token)} on {left} and {right}");
    }

    /// <summary>DIV truncates toward zero, as C#. The DivisionFloors mutation (tests only) replaces
    /// it with floor division to prove the oracle property detects a wrong compiler.</summary>
    private void EmitDivide()
    {
        if (contract.Options.Mutation != Mutation.DivisionFloors) { Emit(OpCode.DIV); return; }
        // a b → q = a/b; if (a % b != 0 && (a ^ b) < 0) q--
        var done = new Label();
        Emit(OpCode.OVER); Emit(OpCode.OVER); Emit(OpCode.DIV);   // a b q
        Emit(OpCode.REVERSE3);                                   // q b a
        Emit(OpCode.OVER); Emit(OpCode.OVER); Emit(OpCode.MOD);   // q b a r
        Emit(OpCode.PUSH0); Emit(OpCode.NUMNOTEQUAL);             // q b a nz
        Emit(OpCode.REVERSE3);                                   // q nz a b
        Emit(OpCode.XOR); Emit(OpCode.PUSH0); Emit(OpCode.LT);    // q nz neg
        Emit(OpCode.BOOLAND);
        Jump(OpCode.JMPIFNOT, done);
        Emit(OpCode.DEC);
        Mark(done);
    }

    private bool IsStringConcat(ExpressionSyntax e) => e is BinaryExpressionSyntax b && b.IsKind(SyntaxKind.AddExpression)
        && SymbolOf(b) is IMethodSymbol { ContainingType.SpecialType: SpecialType.System_String };

    /// <summary>a + b + c…: CAT accepts Buffers, so only the whole chain is converted back once.</summary>
    private void EmitConcatChain(BinaryExpressionSyntax b)
    {
        var left = b.Left is ParenthesizedExpressionSyntax p ? p.Expression : b.Left;
        if (IsStringConcat(left)) EmitConcatChain((BinaryExpressionSyntax)left); else EmitStringOperand(b.Left);
        EmitStringOperand(b.Right);
        Emit(OpCode.CAT);
    }

    /// <summary>string + x: integers go through StdLib.itoa (as nccs); other non-strings are rejected.</summary>
    private void EmitStringOperand(ExpressionSyntax e)
    {
        var t = TypeOf(e);
        if (t is null || t.SpecialType == SpecialType.System_String || t.Name is "ByteString" or "UInt160") { EmitExpression(e); return; }
        if (Interop.TypeMap.IsNumeric(t))
        {
            EmitExpression(e);
            contract.EmitNativeCall(this, Interop.Natives.StdLib, "itoa", 1, true);
            return;
        }
        throw CompileError.Unsupported(e, $"string concatenation with {t}");
    }

    /// <summary>Certainly an Integer stack item (so NUMEQUAL/JMPEQ give EQUAL's result): integer
    /// constants and results of arithmetic opcodes. A variable, field, item, call or cast result of
    /// an integer type may still hold another item (null, a ByteString), where EQUAL differs.</summary>
    private bool IsIntegerItem(ExpressionSyntax e)
    {
        while (e is ParenthesizedExpressionSyntax p) e = p.Expression;
        if (!Interop.TypeMap.IsNumeric(TypeOf(e))) return false;
        if (ModelFor(e).GetConstantValue(e).HasValue) return true;
        return e switch
        {
            BinaryExpressionSyntax b => b.Kind() is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression or SyntaxKind.MultiplyExpression
                or SyntaxKind.DivideExpression or SyntaxKind.ModuloExpression or SyntaxKind.LeftShiftExpression or SyntaxKind.RightShiftExpression
                or SyntaxKind.BitwiseAndExpression or SyntaxKind.BitwiseOrExpression or SyntaxKind.ExclusiveOrExpression,
            PrefixUnaryExpressionSyntax u => u.Kind() is SyntaxKind.UnaryMinusExpression or SyntaxKind.BitwiseNotExpression
                or SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression,
            MemberAccessExpressionSyntax { Name.Identifier.Text: "Length" } m => TypeOf(m.Expression) is IArrayTypeSymbol || TypeOf(m.Expression)?.SpecialType == SpecialType.System_String,
            _ => false,
        };
    }

    /// <summary>Wraps a fixed-width integer result into its type's range (unchecked C#, as nccs 3.5.0).
    /// BigInteger results are left alone (NeoVM faults beyond 32 bytes).</summary>
    private void Wrap(ITypeSymbol? type, SyntaxNode node)
    {
        if (Interop.TypeMap.Range(type) is not { } range) return;
        var end = new Label();
        var mask = range.Max - range.Min; // 2^bits - 1
        // No C# condition spells these jumps: they are synthetic (filtered by coverage).
        Synthesised("wrap of a fixed-width integer", () =>
        {
            Emit(OpCode.DUP);
            Push(range.Min);
            Push(range.Max + 1);
            Emit(OpCode.WITHIN);
            Jump(OpCode.JMPIF, end);
            Push(mask);
            Emit(OpCode.AND);
            if (range.Min < 0)
            {
                Emit(OpCode.DUP);
                Push(range.Max);
                Jump(OpCode.JMPLE, end);
                Push(mask + 1);
                Emit(OpCode.SUB);
            }
        });
        Mark(end);
    }
}
