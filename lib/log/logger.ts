// Structured logs through pino: one JSON line per event on stderr, so logs
// from several instances can be collected and searched. An `error` field keeps
// its stack and cause (pino's err serializer). Level from LOG_LEVEL, parsed
// with the rest of the environment (lib/env.ts).
// A line written while a request is served carries that request's id
// (`requestId`, the X-Request-Id its response carries; lib/log/request-context.ts).
// See docs/decisions/024-logging-with-pino.md and 042-metrics-and-request-ids.md.
import pino, { type DestinationStream, type Logger } from "pino";
import { env } from "../env";
import { currentRequestId } from "./request-context";

export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";
type Fields = Record<string, unknown>;

/** A logger writing to `destination` (stderr unless a test gives its own). */
export function createLogger(level: LogLevel, destination: DestinationStream = pino.destination({ fd: 2 })): Logger {
  return pino(
    {
      level,
      base: undefined,
      messageKey: "event",
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { error: pino.stdSerializers.err, err: pino.stdSerializers.err },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    destination,
  );
}

let shared: Logger | undefined;

function logger(): Logger {
  shared ??= createLogger(env().LOG_LEVEL);
  return shared;
}

export const log = {
  debug: (event: string, fields: Fields = {}) => logger().debug(fields, event),
  info: (event: string, fields: Fields = {}) => logger().info(fields, event),
  warn: (event: string, fields: Fields = {}) => logger().warn(fields, event),
  error: (event: string, fields: Fields = {}) => logger().error(fields, event),
};
