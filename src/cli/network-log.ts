/**
 * Every request of one browser page, from Chrome DevTools Protocol's Network domain: URL, type, initiator (the
 * element or script that caused it), status and whether its response set cookies. Also tells when the network has
 * gone quiet.
 */
import type { CDPSession } from 'playwright-core';

/** One request as CDP reported it. */
export interface LoggedRequest {
  requestId: string;
  url: string;
  method: string;
  type: string;
  /** `Date.now()` when it was sent. */
  sentAt: number;
  /** The page of the site open when it was sent. */
  page: string;
  /** Whether it was sent after the phase's click (Reject all / Accept all). */
  afterChoice: boolean;
  initiator: CdpInitiator;
  status: number;
  setsCookies: boolean;
  /** Names of the cookies its response set (Set-Cookie lines the browser accepted). */
  cookieNames: string[];
}

/** The part of CDP's `Network.Initiator` the audit reads. */
export interface CdpInitiator {
  type: string;
  url?: string;
  lineNumber?: number;
  stack?: { callFrames: Array<{ url: string; lineNumber: number }>; parent?: CdpInitiator['stack'] };
}

interface RequestWillBeSent {
  requestId: string;
  request: { url: string; method: string };
  type?: string;
  initiator: CdpInitiator;
  redirectResponse?: { status: number };
}

/** A quiet network: no request in flight for this long (milliseconds). */
const QUIET_FOR = 400;

/** Records the Network domain of one CDP session until the page closes. */
export class NetworkLog {
  readonly requests: LoggedRequest[] = [];
  private readonly latest = new Map<string, LoggedRequest>();
  private readonly inFlight = new Set<string>();
  private lastActivity = Date.now();
  /** The page of the site being visited; requests are tagged with it. */
  page = '';
  afterChoice = false;

  private constructor(private readonly session: CDPSession) {}

  /** Starts recording on `session` (before the first navigation), with the HTTP cache off so every load is seen. */
  static async start(session: CDPSession): Promise<NetworkLog> {
    const log = new NetworkLog(session);
    session.on('Network.requestWillBeSent', (event) => log.sent(event as unknown as RequestWillBeSent));
    session.on('Network.responseReceived', (event) => {
      const entry = log.latest.get(event.requestId);
      if (entry) entry.status = event.response.status;
    });
    session.on('Network.responseReceivedExtraInfo', (event) => {
      const entry = log.latest.get(event.requestId);
      const header = Object.entries(event.headers).find(([name]) => name.toLowerCase() === 'set-cookie')?.[1];
      if (!entry || !header) return;
      // A Set-Cookie the browser refused (SameSite, Secure on http, third-party blocking) set nothing.
      const blocked = new Set((event.blockedCookies ?? []).map((cookie) => cookie.cookieLine));
      const accepted = String(header)
        .split('\n')
        .filter((line) => line && !blocked.has(line));
      entry.cookieNames.push(...accepted.map((line) => line.split('=')[0]!.trim()));
      entry.setsCookies = entry.cookieNames.length > 0;
    });
    session.on('Network.loadingFinished', (event) => log.settled(event.requestId));
    session.on('Network.loadingFailed', (event) => log.settled(event.requestId));
    await session.send('Network.enable');
    await session.send('Network.setCacheDisabled', { cacheDisabled: true });
    return log;
  }

  private sent(event: RequestWillBeSent): void {
    // A redirect is a second request on the wire with the same id: the first one's status is the redirect's.
    const previous = this.latest.get(event.requestId);
    if (previous && event.redirectResponse) previous.status = event.redirectResponse.status;
    const entry: LoggedRequest = {
      requestId: event.requestId,
      url: event.request.url,
      method: event.request.method,
      type: event.type ?? 'Other',
      sentAt: Date.now(),
      page: this.page,
      afterChoice: this.afterChoice,
      initiator: event.initiator,
      status: 0,
      setsCookies: false,
      cookieNames: [],
    };
    this.requests.push(entry);
    this.latest.set(event.requestId, entry);
    this.inFlight.add(event.requestId);
    this.lastActivity = Date.now();
  }

  private settled(requestId: string): void {
    this.inFlight.delete(requestId);
    this.lastActivity = Date.now();
  }

  /** Resolves when nothing has been in flight for 400 ms, or after `max` ms (a long poll never goes quiet). */
  async quiet(max = 5000): Promise<void> {
    const until = Date.now() + max;
    while (Date.now() < until) {
      if (this.inFlight.size === 0 && Date.now() - this.lastActivity >= QUIET_FOR) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Stops listening. */
  async stop(): Promise<void> {
    await this.session.detach().catch(() => undefined);
  }
}
