/** `456484` → `7m 36s`; sub-second runs keep their milliseconds. */
function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const parts = [h ? `${h}h` : "", h || m ? `${m}m` : "", `${s % 60}s`];
  return parts.filter(Boolean).join(" ");
}

export { formatDuration };
