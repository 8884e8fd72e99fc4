import type { ComponentChildren } from 'preact';
import { isSafeLink } from '../core/kernel';

/** Links as `[text](url)` (one level of parentheses inside the URL), emphasis as `*text*`: the only markup config texts may carry. */
const MARKUP = /\[([^\]]+)\]\(((?:[^()]|\([^()]*\))+)\)|\*([^*]+)\*/g;

/** `url` if it is safe to put in an `href` (`isSafeLink`: http(s), mailto, tel or relative), else `undefined`. */
export function safeUrl(url: string | undefined): string | undefined {
  return url && isSafeLink(url) ? url.trim() : undefined;
}

/**
 * Config text as preact nodes: `[text](url)` becomes a link (unsafe URLs stay plain text), `*text*` becomes
 * `<em>`, everything else is text. Never touches `innerHTML`, so `<img onerror>` shows as the characters typed.
 */
export function richText(text: string): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  let last = 0;
  text.replace(MARKUP, (match, label: string, url: string, em: string, at: number) => {
    out.push(text.slice(last, at));
    const href = em ? undefined : safeUrl(url);
    out.push(em ? <em>{em}</em> : href ? <a href={href}>{label}</a> : label);
    last = at + match.length;
    return match;
  });
  out.push(text.slice(last));
  return out;
}
