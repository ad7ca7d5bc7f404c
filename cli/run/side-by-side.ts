/**
 * Runs `streams` at once and waits for all of them. A stream that throws halts the others at their
 * next property (each asks `halted()` between properties, so what it has begun ends and is kept),
 * and its error is thrown once every stream has ended: the first error, as a sequential run would
 * have thrown it, and nothing a stream had already done is lost.
 */
export async function sideBySide(streams: readonly ((halted: () => boolean) => Promise<void>)[]): Promise<void> {
  let failure: { readonly error: unknown } | undefined;
  const halted = () => failure !== undefined;
  await Promise.all(streams.map(async (stream) => {
    try {
      await stream(halted);
    } catch (error) {
      failure ??= { error };
    }
  }));
  if (failure) throw failure.error;
}
