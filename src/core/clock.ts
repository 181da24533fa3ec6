/** The real world as core needs it: the clock and the system's zone. */
export interface Clock {
  /** The current instant. */
  now: Date;
  /**
   * The system's zone as the runtime reports it: an IANA name, or "Etc/Unknown"
   * or undefined when `TZ` is empty, unknown or malformed.
   */
  systemZone: string | undefined;
}
