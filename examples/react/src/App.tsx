import { useCallback, useEffect, useState } from 'react';
import { reset, showPreferences } from 'cookiegate';
import { Gated, useConsent, useGranted, useRefreshOnChoice } from 'cookiegate/react';

type Route = 'home' | 'video';

const readRoute = (): Route => (location.hash === '#/video' ? 'video' : 'home');

/**
 * A tiny hash router: enough to show that elements added on a later route are gated too. The server never sees the
 * hash, so the first render is always home (as on the server) and the route follows once mounted.
 */
function useRoute(): Route {
  const [route, setRoute] = useState<Route>('home');
  useEffect(() => {
    const update = () => setRoute(readRoute());
    update();
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}

/**
 * The analytics tag as marked markup: inert until its service is allowed, then run by cookiegate exactly once per page
 * load, even though React renders (and on a mismatch would re-create) this element.
 */
function Analytics() {
  const allowed = useGranted('performance', 'stats');
  return (
    <>
      <script type="text/plain" data-category="performance" data-service="stats" src="./analytics.js" />
      <p id="stats">Statistics: {allowed ? 'on' : 'off'}</p>
    </>
  );
}

function ConsentStatus() {
  const consent = useConsent();
  // Where a server rendered for the old choice, this is where the app would call router.refresh().
  const [choices, setChoices] = useState(0);
  useRefreshOnChoice(useCallback(() => setChoices((n) => n + 1), []));
  if (!consent) return <p id="status">No choice yet: nothing optional runs.</p>;
  return (
    <p id="status">
      Allowed: <strong>{consent.categories.join(', ')}</strong> (choices made on this page: {choices})
    </p>
  );
}

export function App() {
  const route = useRoute();
  return (
    <main>
      <h1>cookiegate + React</h1>
      <nav>
        <a href="#/">Home</a> · <a href="#/video">Video</a>
      </nav>
      <ConsentStatus />
      <Analytics />
      {route === 'home' ? (
        <p>The analytics tag loads once <em>Performance</em> is allowed. Open the video page for an embed.</p>
      ) : (
        <section>
          <h2>Video</h2>
          {/* Not in the page until the video service is allowed: our placeholder (React's own markup) meanwhile. */}
          <Gated category="social" service="video">
            <iframe src="./embed.html" title="Example video" />
          </Gated>
        </section>
      )}
      <p>
        <button type="button" onClick={() => showPreferences()}>
          Change cookie settings
        </button>{' '}
        <button type="button" onClick={() => reset()}>
          Forget my choice
        </button>
      </p>
    </main>
  );
}
