import { consentGrants } from 'cookiegate/server';
import config from '../cookiegate.json';
import { requestConsent } from './consent';

/**
 * What the server read for this request, rendered by the server only (a server component: no JavaScript of its own
 * in the browser). After a choice, RefreshOnChoice has it rendered again with the new cookie.
 */
export async function ServerView() {
  const consent = await requestConsent();
  const state = (category: string, service: string) => (consentGrants(config, consent, category, service) ? 'on' : 'off');
  return (
    <p id="server-view">
      {consent ? `The server read: statistics ${state('performance', 'stats')}, YouTube ${state('social', 'youtube')}` : 'The server read: no choice'}
    </p>
  );
}

/**
 * The analytics tag as marked markup, in the server's HTML and in every page: inert until its service is allowed, then
 * run by cookiegate once per page load. A client-side navigation renders a new element for it, which does not run again.
 */
export function Analytics() {
  return <script type="text/plain" data-category="performance" data-service="stats" src="/analytics.js" />;
}
