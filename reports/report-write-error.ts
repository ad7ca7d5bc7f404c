/** A report file that could not be written (a full disk, say): the files before it are intact. */
class ReportWriteError extends Error {
  constructor(readonly written: readonly string[], readonly file: string, override readonly cause: NodeJS.ErrnoException) {
    super(`could not write ${file}: ${cause.code ?? ""} ${cause.message}`.replace(/\s+/g, " "));
    this.name = "ReportWriteError";
  }
}

export { ReportWriteError };
