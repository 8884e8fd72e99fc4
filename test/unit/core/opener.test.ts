// @vitest-environment happy-dom
/**
 * Where focus goes when the preferences dialog closes (src/core/platform/opener.ts): back to what opened it, as the
 * WAI-ARIA dialog pattern asks, or to a control that can open it again when the choice removed the opener.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { isRestoringFocus, rememberOpener, restoreFocus } from '../../../src/core/platform/opener';

beforeEach(() => {
  document.body.innerHTML =
    '<div class="banner"><button id="manage">Manage preferences</button></div>' +
    '<a href="#prefs" id="footer-link" data-cookiegate="preferences">Cookie preferences</a>' +
    '<button id="elsewhere">Elsewhere</button>';
  restoreFocus(); // forgets what an earlier test remembered
  (document.activeElement as HTMLElement | null)?.blur();
});

const byId = (id: string) => document.getElementById(id)!;

describe('the dialog opener', () => {
  it('gets focus back when the dialog closes', () => {
    rememberOpener(byId('manage'));
    byId('elsewhere').focus(); // the dialog takes focus while open
    restoreFocus();
    expect(document.activeElement).toBe(byId('manage'));
  });

  it('is what has focus when none is named (a keyboard user pressed a control)', () => {
    byId('manage').focus();
    rememberOpener(null);
    byId('elsewhere').focus();
    restoreFocus();
    expect(document.activeElement).toBe(byId('manage'));
  });

  it("when a choice removed it, focus goes to the page's preferences link instead of <body>", () => {
    rememberOpener(byId('manage'));
    byId('elsewhere').focus();
    document.querySelector('.banner')!.remove();
    restoreFocus();
    expect(document.activeElement).toBe(byId('footer-link'));
  });

  it('prefers the re-open control to a preferences link, and skips an opener made inert', () => {
    document.body.insertAdjacentHTML('afterbegin', '<button class="cg-reopen" id="reopen">Cookie preferences</button>');
    rememberOpener(byId('manage'));
    document.querySelector('.banner')!.setAttribute('inert', '');
    restoreFocus();
    expect(document.activeElement).toBe(byId('reopen'));
  });

  it('is forgotten once focus went back: a second close does not return there', () => {
    rememberOpener(byId('elsewhere'));
    restoreFocus();
    byId('manage').focus();
    restoreFocus();
    expect(document.activeElement).toBe(byId('footer-link'));
  });

  it('tells a focus handler that the focus it sees is handed back, not a visitor arriving', () => {
    const seen: boolean[] = [];
    byId('manage').addEventListener('focus', () => seen.push(isRestoringFocus()));
    rememberOpener(byId('manage'));
    byId('elsewhere').focus();
    restoreFocus();
    byId('elsewhere').focus();
    byId('manage').focus();
    expect(seen).toEqual([true, false]);
    expect(isRestoringFocus()).toBe(false);
  });
});
