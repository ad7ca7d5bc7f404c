import { Command, CommanderError } from "commander";
import { HarnessError } from "../neo-express/harness-error.js";
import { EXIT } from "./exit-codes.js";
import { smoke } from "./commands/smoke.js";

const program = new Command()
  .name("miniapp-verify")
  .description("Verification and property-testing harness for Neo N3 MiniApp contracts (hybrid on-chain/off-chain pattern), on a real neo-express chain")
  .exitOverride()
  .showHelpAfterError();

program
  .command("smoke")
  .description("start neo-express, deploy a contract, make a confirmed call at a chosen block time, print what happened, stop the chain")
  .option("--nef <file>", "NEF of the contract to deploy (default: a tiny built-in probe contract)")
  .option("--manifest <file>", "its manifest")
  .option("--method <name>", "a parameterless method to call", "time")
  .action(async (opts: { nef?: string; manifest?: string; method: string }) => {
    await smoke({ ...opts, log: (line) => console.log(line) });
  });

try {
  await program.parseAsync(process.argv);
  process.exit(EXIT.ok);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exit(e.exitCode === 0 ? EXIT.ok : EXIT.usage);
  }
  if (e instanceof HarnessError) {
    console.error(`miniapp-verify: ${e.code}: ${e.message}`);
    process.exit(e.code === "NEF_MISSING" || e.code === "CHAIN_FILE_MISSING" || e.code === "UNKNOWN_ACCOUNT" ? EXIT.usage : EXIT.infrastructure);
  }
  console.error(e);
  process.exit(EXIT.infrastructure);
}
