using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MiniApp.Compiler.Driver;

/// <summary>Roslyn compilation of the sources against the built-in framework, then one
/// <see cref="ContractBuilder"/> per contract class (public, non-abstract, derived from SmartContract).</summary>
public static class Pipeline
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var tpa = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        string[] wanted = ["System.Runtime.dll", "System.Private.CoreLib.dll", "System.Runtime.Numerics.dll", "System.ComponentModel.Primitives.dll",
            "System.ComponentModel.dll", "System.Collections.dll", "System.Runtime.InteropServices.dll", "netstandard.dll", "System.Linq.dll"];
        var refs = tpa.Where(p => wanted.Contains(Path.GetFileName(p))).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
        refs.Add(MetadataReference.CreateFromFile(typeof(Neo.SmartContract.Framework.SmartContract).Assembly.Location));
        return [.. refs];
    });

    public static CompilationResult Run(IReadOnlyList<SourceFile> sources, CompilerOptions options)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, s.Path, System.Text.Encoding.UTF8)).ToList();
        var compilation = CSharpCompilation.Create("Contract", trees, References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Annotations,
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS0626"] = ReportDiagnostic.Suppress, ["CS0618"] = ReportDiagnostic.Suppress }));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(ToDiagnostic).ToList();
        if (errors.Count > 0) return new(false, errors, []);

        var contracts = new List<CompiledContract>();
        var diagnostics = new List<CompilerDiagnostic>();
        foreach (var type in ContractTypes(compilation))
        {
            var builder = new ContractBuilder(compilation, type, options);
            if (options.ContractName is { } n && type.Name != n && builder.ContractName != n) continue;
            CompiledContract? result;
            try { result = builder.Build(); }
            catch (CompileError e) { builder.Errors.Add(e.ToDiagnostic()); result = null; }
            diagnostics.AddRange(builder.Errors);
            if (result is not null) contracts.Add(result);
        }
        if (diagnostics.Count == 0 && contracts.Count == 0)
            diagnostics.Add(new(sources.FirstOrDefault()?.Path ?? "<none>", 1, 1, Codes.Unsupported,
                options.ContractName is null ? "no contract class (public, non-abstract, derived from SmartContract)" : $"no contract class named {options.ContractName}"));
        return new(diagnostics.Count == 0, diagnostics, diagnostics.Count == 0 ? contracts : []);
    }

    private static IEnumerable<INamedTypeSymbol> ContractTypes(CSharpCompilation compilation)
    {
        var stack = new Stack<INamespaceOrTypeSymbol>([compilation.Assembly.GlobalNamespace]);
        while (stack.Count > 0)
        {
            var ns = stack.Pop();
            foreach (var m in ns.GetMembers())
            {
                if (m is INamespaceSymbol child) stack.Push(child);
                else if (m is INamedTypeSymbol t && t.TypeKind == TypeKind.Class && !t.IsAbstract && t.DeclaredAccessibility == Accessibility.Public && IsContract(t))
                    yield return t;
            }
        }
    }

    private static bool IsContract(INamedTypeSymbol t)
    {
        for (var b = t.BaseType; b is not null; b = b.BaseType)
            if (b.Name == "SmartContract" && Interop.TypeMap.IsFramework(b)) return true;
        return false;
    }

    private static CompilerDiagnostic ToDiagnostic(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return new(d.Location.IsInSource ? span.Path : "<unknown>", span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, d.Id, d.GetMessage());
    }
}
