using MiniApp.Compiler;
using MiniApp.Compiler.Cli;

return CommandLine.Run(args);

namespace MiniApp.Compiler.Cli
{
    /// <summary>
    /// <c>MiniApp.Compiler &lt;csproj|folder&gt;… -o &lt;outdir&gt;</c>: writes Name.nef, Name.manifest.json and
    /// Name.debug.json per contract. Exit 0 ok, 1 compile errors, 2 usage errors.
    /// </summary>
    public static class CommandLine
    {
        private const string Help = """
            MiniApp.Compiler — C# contracts → NEF + manifest + debug info for a Neo 3.5.0 chain

            usage: MiniApp.Compiler <project.csproj | folder> [more…] -o <outdir> [--force]

              -o, --output <dir>   build folder (required): <Name>.nef, <Name>.manifest.json, <Name>.debug.json
              --force              recompile even when sources are unchanged
              --plain-conditions   code generation variant: a comparison in a condition as its value
                                   then JMPIF/JMPIFNOT (as nccs 3.5.0), not one JMPxx; same meaning,
                                   other NEF, more GAS
              -h, --help           this text

            A project is skipped when its sources and the compiler are unchanged since its last
            successful build (stamp file <outdir>/.stamps/<project>.stamp).
            Errors: file(line,col): error CODE: message — exit code 1; usage errors exit 2.
            """;

        public static int Run(string[] args)
        {
            var projects = new List<string>();
            string? output = null;
            bool force = false;
            var options = new CompilerOptions();
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "-h" or "--help": Console.WriteLine(Help); return 0;
                    case "-o" or "--output":
                        if (i + 1 >= args.Length) return Usage("-o needs a folder");
                        output = args[++i]; break;
                    case "--force": force = true; break;
                    case "--plain-conditions": options = options with { ConditionJumps = ConditionJumps.Plain }; break;
                    default:
                        if (args[i].StartsWith('-')) return Usage($"unknown option {args[i]}");
                        projects.Add(args[i]); break;
                }
            }
            if (projects.Count == 0) return Usage("no project given");
            if (output is null) return Usage("no output folder (-o)");
            Directory.CreateDirectory(output);
            int exit = 0;
            foreach (var project in projects)
            {
                if (!File.Exists(project) && !Directory.Exists(project)) { Console.Error.WriteLine($"{project}(1,1): error MC0001: no such project or folder"); exit = 1; continue; }
                IReadOnlyList<SourceFile> sources;
                try { sources = Project.ProjectReader.Read(project); }
                catch (Exception e) when (e is IOException or System.Xml.XmlException) { Console.Error.WriteLine($"{project}(1,1): error MC0001: {e.Message}"); exit = 1; continue; }
                var stamp = new Stamp(output, project, sources, options);
                if (!force && stamp.IsCurrent()) { Console.WriteLine($"{project}: up to date"); continue; }
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var result = ContractCompiler.CompileSources(sources, options);
                foreach (var d in result.Diagnostics) Console.Error.WriteLine(d);
                if (!result.Success) { exit = 1; continue; }
                foreach (var c in result.Contracts)
                {
                    File.WriteAllBytes(Path.Combine(output, c.Name + ".nef"), c.Nef);
                    File.WriteAllText(Path.Combine(output, c.Name + ".manifest.json"), c.ManifestJson);
                    File.WriteAllText(Path.Combine(output, c.Name + ".debug.json"), c.DebugInfoJson);
                    Console.WriteLine($"{project}: {c.Name} ({c.Nef.Length} bytes NEF) in {watch.ElapsedMilliseconds} ms");
                }
                stamp.Write(result.Contracts.Select(c => c.Name));
            }
            return exit;
        }

        private static int Usage(string message)
        {
            Console.Error.WriteLine($"error: {message}");
            Console.Error.WriteLine("usage: MiniApp.Compiler <project.csproj | folder> [more…] -o <outdir>   (--help for details)");
            return 2;
        }
    }
}
