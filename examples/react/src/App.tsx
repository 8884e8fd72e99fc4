import { useCallback, useEffect, useState } from 'react';
import { reset, showPreferences } from 'cookiegate';
import { Gated, useConsent, useGranted, useRefreshOnChoice } from 'cookiegate/react';

type Route = 'home' | 'video';

const readRoute = (): Route => (location.hash === '#/video' ? 'video' : 'home');

/** A tiny hash router: enough to show that elements added on a later route are gated too. */
function useRoute(): Route {
  const [route, setRoute] = useState(readRoute);
  useEffect(() => {
    const update = () => setRoute(readRoute());
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}

/** Loads the analytics tag once its service is allowed; renders nothing. */
function Analytics() {
  // Re-renders on every choice (another tab's too); false on the server and in the hydrating render.
  const allowed = useGranted('performance', 'stats');
  useEffect(() => {
    if (!allowed || document.querySelector('script[data-example="stats"]')) return;
    const script = document.createElement('script');
    script.src = './analytics.js';
    script.dataset.example = 'stats';
    document.head.append(script);
  }, [allowed]);
  return null;
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
