import type { LogLevel } from "../config";

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Structured logs: one JSON object per line on stderr, so stdout stays free for the CLI's own output. */
export class Logger {
  constructor(
    private readonly level: LogLevel = "info",
    private readonly sink: (line: string) => void = (line) => process.stderr.write(line + "\n"),
  ) {}

  debug(message: string, fields: Record<string, unknown> = {}): void {
    this.log("debug", message, fields);
  }
  info(message: string, fields: Record<string, unknown> = {}): void {
    this.log("info", message, fields);
  }
  warn(message: string, fields: Record<string, unknown> = {}): void {
    this.log("warn", message, fields);
  }
  error(message: string, fields: Record<string, unknown> = {}): void {
    this.log("error", message, fields);
  }

  /** `fields` must not reuse time/level/message (use e.g. `detail`): the event's own keys win. */
  private log(level: LogLevel, message: string, fields: Record<string, unknown>): void {
    if (ORDER[level] < ORDER[this.level]) return;
    this.sink(JSON.stringify({ ...fields, time: new Date().toISOString(), level, message }));
  }
}

/** A logger that drops everything, for tests and quiet tools. */
export const silentLogger = new Logger("error", () => undefined);
