using System.Buffers;
using System.Text;
using MiniApp.Engine;
using MiniApp.Engine.Host;

// The engine host: `dotnet MiniApp.Engine.Host.dll <chain-file>` loads the chain (genesis
// persisted), then answers one JSON line on stdout per JSON line on stdin, in order, until stdin
// closes (README.md). Stdout carries responses only: anything else Console writes goes to stderr.

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: dotnet MiniApp.Engine.Host.dll <chain-file.neo-express>");
    return 2;
}

var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
Console.SetOut(Console.Error);

Chain chain;
try { chain = Chain.FromChainFile(args[0]); }
catch (Exception e)
{
    Console.Error.WriteLine($"engine host: cannot load the chain file {args[0]}: {e.Message}");
    return 1;
}
Console.Error.WriteLine($"engine host: chain {args[0]} loaded (genesis {chain.GenesisBlock.Hash}), serving on stdin/stdout");

var session = new HostSession(chain, Console.Error);
using var stdin = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), false, 1 << 16);
var response = new ArrayBufferWriter<byte>(1 << 16);
var waiting = HostTiming.Start();
while (stdin.ReadLine() is { } line)
{
    HostTiming.Stop("(waiting for a request)", waiting);
    if (string.IsNullOrWhiteSpace(line)) continue; // a stray newline is not a request
    var handling = HostTiming.Start();
    response.ResetWrittenCount();
    session.Handle(line, response);
    HostTiming.Stop("(request: parse, run, answer)", handling);
    var writing = HostTiming.Start();
    stdout.Write(response.WrittenSpan);
    stdout.WriteByte((byte)'\n');
    stdout.Flush();
    HostTiming.Stop("(writing the answer)", writing);
    waiting = HostTiming.Start();
}
stdout.Flush();
HostTiming.Report(Console.Error);
return 0;
