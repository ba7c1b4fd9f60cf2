/** Something that changed, as pushed to live clients. */
export interface LiveEvent {
  /** Increasing from 1: a client that reconnects sends the last it saw (`Last-Event-ID`). */
  readonly id: number;
  /** `document` (its figures changed), `removed`, `history` (HEAD moved). */
  readonly type: string;
  readonly data: unknown;
}

type Listener = (event: LiveEvent) => void;

/** Events kept for clients that reconnect: enough for a reconnect after a short outage. */
const KEPT = 1000;

/**
 * The live event stream: a numbered log with the last events kept, and the clients listening.
 * A client resuming after event N gets every kept event after N first, then the new ones;
 * one that fell further behind than the log reaches gets a `reset` event (reload everything).
 */
export class EventHub {
  private readonly log: LiveEvent[] = [];
  private readonly listeners = new Set<Listener>();
  private next = 1;

  publish(type: string, data: unknown): LiveEvent {
    const event = { id: this.next++, type, data };
    this.log.push(event);
    if (this.log.length > KEPT) this.log.splice(0, this.log.length - KEPT);
    for (const listener of this.listeners) listener(event);
    return event;
  }

  /** Listens from now on, after replaying what followed `lastId` (when given); returns the unsubscribe. */
  subscribe(listener: Listener, lastId: number | null = null): () => void {
    if (lastId !== null) {
      const first = this.log[0];
      if (first !== undefined && lastId < first.id - 1) listener({ id: this.next - 1, type: 'reset', data: null });
      else for (const event of this.log) if (event.id > lastId) listener(event);
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get clients(): number {
    return this.listeners.size;
  }
}

/** One event in the text/event-stream format. */
export function sseFrame(event: LiveEvent): string {
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`;
}
