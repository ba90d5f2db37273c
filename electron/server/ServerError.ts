/** A failure the person at the keyboard can act on; its message is shown as is, without a stack. */
export class ServerError extends Error {
  /** The PostgreSQL SQLSTATE when the server raised it (CC001: client too old, 42501: not allowed). */
  readonly code: string | undefined;

  constructor(message: string, code?: string) {
    super(message);
    this.name = 'ServerError';
    this.code = code;
  }
}
