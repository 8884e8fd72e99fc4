/** Turns a CDP initiator or a `document.cookie` stack into a cause people can act on: which element or script, where. */
import type { CdpInitiator, LoggedRequest } from './network-log';
import type { Cause } from './report-types';

/** The element the HTML parser fetched for, by CDP resource type. */
const ELEMENT_BY_TYPE: Record<string, string> = {
  Script: '<script src>',
  Image: '<img src>',
  Document: '<iframe src>',
  Stylesheet: '<link rel="stylesheet">',
  Font: 'a font',
  Media: '<video>/<audio> src',
};

/** Path and query of a URL on the audited site; the whole URL elsewhere. */
export function shortUrl(url: string, site?: string): string {
  try {
    const parsed = new URL(url);
    return site && parsed.origin === new URL(site).origin ? parsed.pathname + parsed.search : url;
  } catch {
    return url;
  }
}

function firstFrame(stack: CdpInitiator['stack']): { url: string; lineNumber: number } | undefined {
  for (let part = stack; part; part = part.parent) {
    const frame = part.callFrames.find((f) => f.url);
    if (frame) return frame;
  }
  return undefined;
}

/** Why the browser sent a request. */
export function requestCause(request: LoggedRequest, site: string): Cause {
  const { initiator } = request;
  if (initiator.type === 'parser' && initiator.url) {
    const element = ELEMENT_BY_TYPE[request.type] ?? 'an element';
    const line = initiator.lineNumber === undefined ? undefined : initiator.lineNumber + 1;
    return {
      type: 'parser',
      url: initiator.url,
      ...(line ? { line } : {}),
      element: request.type,
      text: `${element} in the HTML of ${shortUrl(initiator.url, site)}${line ? ', line ' + line : ''}`,
    };
  }
  const frame = firstFrame(initiator.stack);
  if (initiator.type === 'script' && frame) {
    return {
      type: 'script',
      url: frame.url,
      line: frame.lineNumber + 1,
      text: `script ${shortUrl(frame.url, site)}, line ${frame.lineNumber + 1}`,
    };
  }
  if (request.type === 'Document' && request.url === request.page) return { type: 'other', text: 'the page itself' };
  return { type: 'other', text: initiator.type === 'preflight' ? 'a CORS preflight' : `the browser (${initiator.type})` };
}

/** Where a `document.cookie` write came from: the first frame with a URL in its stack. */
export function writeCause(stack: string, site: string): Cause | undefined {
  const frame = /(https?:\/\/[^\s()]+?):(\d+):\d+/.exec(stack);
  if (!frame) return undefined;
  const line = Number(frame[2]);
  return { type: 'script', url: frame[1]!, line, text: `document.cookie written by ${shortUrl(frame[1]!, site)}, line ${line}` };
}

/** A cookie set by a response's Set-Cookie header, and what sent that request. */
export function headerCause(request: LoggedRequest, site: string): Cause {
  const sent = requestCause(request, site);
  return { type: 'header', url: request.url, text: `Set-Cookie from ${shortUrl(request.url, site)} (sent by ${sent.text})` };
}
