using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MiniApp.Compiler.Assembler;
using MiniApp.Compiler.Emit;
using MiniApp.Compiler.Output;

namespace MiniApp.Compiler.Driver;

/// <summary>
/// Compiles one contract class: exports its public static methods (own and inherited), converts
/// every method reachable from them, allocates static slots, builds _initialize when a static
/// slot exists, lays out the script and hands the pieces to the NEF / manifest / debug writers.
/// </summary>
public sealed class ContractBuilder(Compilation compilation, INamedTypeSymbol type, CompilerOptions options)
{
    public Compilation Compilation { get; } = compilation;
    public CompilerOptions Options { get; } = options;
    public INamedTypeSymbol Type { get; } = type;

    /// <summary>Manifest name: the class's [DisplayName], else its C# name (as nccs 3.5.0).</summary>
    public string ContractName => DisplayName(Type) ?? Type.Name;

    private readonly Dictionary<IMethodSymbol, MethodEmitter> methods = new(SymbolEqualityComparer.Default);
    private readonly List<MethodEmitter> order = [];
    private readonly Queue<MethodEmitter> pending = new();
    private readonly Dictionary<IFieldSymbol, int> staticSlots = new(SymbolEqualityComparer.Default);
    private readonly List<IFieldSymbol> staticOrder = [];
    public List<MethodToken> Tokens { get; } = [];
    public Permissions Permissions { get; } = new();
    public List<CompilerDiagnostic> Errors { get; } = [];

    public Label MethodEntry(IMethodSymbol m, SyntaxNode? node)
    {
        m = m.OriginalDefinition;
        if (methods.TryGetValue(m, out var existing)) return existing.Entry;
        var syntax = m.DeclaringSyntaxReferences.FirstOrDefault()
            ?? throw new CompileError(node?.GetLocation(), Codes.Unsupported, $"method without source: {m.ToDisplayString()}");
        if (m.IsAbstract || m.IsVirtual || m.IsOverride) throw new CompileError(node?.GetLocation() ?? m.Locations[0], Codes.Unsupported, $"unsupported construct: virtual/abstract method {m.Name}");
        var emitter = new MethodEmitter(this, m, Compilation.GetSemanticModel(syntax.SyntaxTree));
        methods[m] = emitter;
        order.Add(emitter);
        pending.Enqueue(emitter);
        return emitter.Entry;
    }

    public int StaticSlot(IFieldSymbol f, SyntaxNode node)
    {
        f = f.OriginalDefinition;
        if (staticSlots.TryGetValue(f, out int slot)) return slot;
        if (f.ContainingAssembly is not ISourceAssemblySymbol)
            throw new CompileError(node.GetLocation(), Codes.UnknownMember, $"static field outside the contract sources: {f.ToDisplayString()}");
        slot = staticOrder.Count;
        staticSlots[f] = slot;
        staticOrder.Add(f);
        return slot;
    }

    public bool IsAutoProperty(IPropertySymbol p, out IFieldSymbol? backing)
    {
        backing = p.ContainingType.GetMembers().OfType<IFieldSymbol>()
            .FirstOrDefault(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, p));
        return backing is not null;
    }

    /// <summary>Instance fields (backing fields included) in declaration order, base type first.</summary>
    public static List<IFieldSymbol> InstanceFields(INamedTypeSymbol t)
    {
        var list = t.BaseType is { SpecialType: not SpecialType.System_Object and not SpecialType.System_ValueType } b ? InstanceFields(b) : [];
        list.AddRange(t.GetMembers().OfType<IFieldSymbol>().Where(f => !f.IsStatic && !f.IsConst));
        return list;
    }

    public static bool IsBuffer(ITypeSymbol t) => t is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte };

    public static string EventName(IEventSymbol ev) => DisplayName(ev) ?? ev.Name;

    public static string? DisplayName(ISymbol s) => s.GetAttributes()
        .FirstOrDefault(a => a.AttributeClass?.Name == "DisplayNameAttribute")?.ConstructorArguments[0].Value as string;

    /// <summary>CALLT through a method token (deduplicated); every native method called also gets
    /// a permission entry, as nccs 3.5.0 adds them.</summary>
    public void EmitNativeCall(MethodEmitter emitter, string hash, string method, ushort parameters, bool hasReturn)
    {
        var bytes = Interop.Natives.HashBytes(hash);
        var token = new MethodToken(bytes, method, parameters, hasReturn, 0x0f);
        int index = Tokens.FindIndex(t => t.Equals(token));
        if (index < 0) { index = Tokens.Count; Tokens.Add(token); }
        Permissions.Add(hash, method);
        emitter.EmitCallT((ushort)index);
    }

    public CompiledContract? Build()
    {
        var abi = new List<AbiMethod>();
        var events = new List<AbiEvent>();
        CollectAttributes(out var manifestAttrs);
        foreach (var member in AllMembers(Type))
        {
            try
            {
                switch (member)
                {
                    case IMethodSymbol { DeclaredAccessibility: Accessibility.Public, MethodKind: MethodKind.Ordinary or MethodKind.PropertyGet or MethodKind.PropertySet } m:
                        if (!m.IsStatic || m.IsAbstract) continue;
                        // nccs 3.5.0 names: [DisplayName], else getter → property name, setter → "set" + property name.
                        string name = DisplayName(m) ?? m.MethodKind switch
                        {
                            MethodKind.PropertyGet => DisplayName(m.AssociatedSymbol!) ?? LowerFirst(m.AssociatedSymbol!.Name),
                            MethodKind.PropertySet => "set" + m.AssociatedSymbol!.Name,
                            _ => LowerFirst(m.Name),
                        };
                        if (abi.Any(a => a.Name == name && a.Method?.Parameters.Length == m.Parameters.Length))
                            throw new CompileError(m.Locations[0], Codes.DuplicateMethod, $"duplicate method key: {name},{m.Parameters.Length}");
                        bool safe = m.GetAttributes().Any(a => a.AttributeClass?.Name == "SafeAttribute")
                            || m.AssociatedSymbol?.GetAttributes().Any(a => a.AttributeClass?.Name == "SafeAttribute") == true;
                        abi.Add(new AbiMethod(name, m, safe, MethodEntry(m, null)));
                        break;
                    case IEventSymbol { DeclaredAccessibility: Accessibility.Public } ev:
                        var invoke = ((INamedTypeSymbol)ev.Type).DelegateInvokeMethod!;
                        if (!invoke.ReturnsVoid) throw new CompileError(ev.Locations[0], Codes.Unsupported, "unsupported construct: event with a return value");
                        if (invoke.Parameters.FirstOrDefault(p => IsBuffer(p.Type)) is { } bufferParam)
                            throw new CompileError(ev.Locations[0], Codes.BufferEscape,
                                $"event parameter '{bufferParam.Name}' is byte[] (a Buffer would be emitted): declare it ByteString (spec §3 rule 3)");
                        string evName = EventName(ev);
                        if (events.Any(e => e.Name == evName)) throw new CompileError(ev.Locations[0], Codes.DuplicateEvent, $"duplicate event name: {evName}");
                        events.Add(new AbiEvent(evName, ev, invoke.Parameters.Select(p => (p.Name, Interop.TypeMap.AbiType(p.Type))).ToList()));
                        break;
                    case IMethodSymbol { MethodKind: MethodKind.StaticConstructor } sc when sc.DeclaringSyntaxReferences.Length > 0:
                        throw new CompileError(sc.Locations[0], Codes.Unsupported, "unsupported construct: static constructor");
                }
            }
            catch (CompileError e) { Errors.Add(e.ToDiagnostic()); }
        }
        Drain();
        MethodEmitter? init = null;
        if (staticOrder.Count > 0)
        {
            init = new MethodEmitter(this, Type.StaticConstructors.FirstOrDefault() ?? InitSymbol(), Compilation.GetSemanticModel(Compilation.SyntaxTrees.First()));
            try { init.EmitInitializer(staticOrder, () => staticOrder.Count, FieldInitializer); } catch (CompileError e) { Errors.Add(e.ToDiagnostic()); }
            Drain();
            order.Add(init);
            abi.Add(new AbiMethod("_initialize", null, false, init.Entry));
        }
        if (Errors.Count > 0) return null;

        var code = order.SelectMany(m => m.Code).ToList();
        byte[] script = Layout.Assemble(code);
        var nef = NefWriter.Write(script, Tokens, manifestAttrs.Source);
        string manifest = ManifestWriter.Write(ContractName, abi, events, manifestAttrs, Permissions);
        string debug = DebugInfoWriter.Write(script, order, init, staticOrder, events);
        return new CompiledContract(ContractName, nef, manifest, debug);
    }

    private void Drain()
    {
        while (pending.Count > 0)
        {
            var m = pending.Dequeue();
            try { m.EmitMethod(); }
            catch (CompileError e) { Errors.Add(e.ToDiagnostic()); }
        }
    }

    private static ExpressionSyntax? FieldInitializer(IFieldSymbol f)
        => (f.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() as VariableDeclaratorSyntax)?.Initializer?.Value
           ?? (f.AssociatedSymbol?.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() as PropertyDeclarationSyntax)?.Initializer?.Value;

    private IMethodSymbol InitSymbol()
        => Compilation.GetSpecialType(SpecialType.System_Object).GetMembers("GetHashCode").OfType<IMethodSymbol>().First();

    private static string LowerFirst(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];

    /// <summary>Base classes' members first (up to SmartContract), then the class's own: the order
    /// nccs 3.5.0 uses for ABI methods and events.</summary>
    private static IEnumerable<ISymbol> AllMembers(INamedTypeSymbol t)
    {
        if (t.BaseType is { } b && !Interop.TypeMap.IsFramework(b) && b.SpecialType != SpecialType.System_Object)
            foreach (var m in AllMembers(b)) yield return m;
        foreach (var m in t.GetMembers()) yield return m;
    }

    private void CollectAttributes(out ManifestAttributes attrs)
    {
        attrs = new ManifestAttributes();
        // Only the contract class's own attributes count, as in nccs 3.5.0 (a base class's are ignored).
        foreach (var a in Type.GetAttributes())
            {
                var args = a.ConstructorArguments;
                string S(int i) => args[i].Value as string ?? "";
                switch (a.AttributeClass?.Name)
                {
                    case "ContractPermissionAttribute":
                        var methodsArg = args.Length > 1 ? args[1].Values.Select(v => (string)v.Value!).ToArray() : [];
                        if (methodsArg.Length == 0) Permissions.Add(S(0), "*"); else foreach (var m in methodsArg) Permissions.Add(S(0), m);
                        break;
                    case "ContractTrustAttribute": attrs.Trusts.Add(S(0)); break;
                    case "SupportedStandardsAttribute": foreach (var v in args[0].Values) attrs.Standards.Add((string)v.Value!); break;
                    case "ManifestExtraAttribute": attrs.Extra[S(0)] = S(1); break;
                    case "ContractAuthorAttribute": attrs.Extra["Author"] = S(0); if (args.Length > 1) attrs.Extra["E-mail"] = S(1); break;
                    case "ContractDescriptionAttribute": attrs.Extra["Description"] = S(0); break;
                    case "ContractVersionAttribute": attrs.Extra["Version"] = S(0); break;
                    case "ContractSourceCodeAttribute": attrs.Source = S(0); break;
                }
            }
    }
}
