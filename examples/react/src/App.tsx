import { useEffect, useState } from 'react';
import { useStore } from '@nanostores/react';
import { $consent, hasConsent, reset, showPreferences } from 'cookiegate';

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
  // Subscribing re-renders on every choice, so hasConsent() below always reads the current one.
  useStore($consent);
  const allowed = hasConsent('performance', 'stats');
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
  const consent = useStore($consent);
  if (!consent) return <p id="status">No choice yet: nothing optional runs.</p>;
  return (
    <p id="status">
      Allowed: <strong>{consent.categories.join(', ')}</strong>
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
          {/* Rendered on a route change: cookiegate gates it like markup that was there from the start. */}
          <iframe data-category="social" data-service="video" data-src="./embed.html" title="Example video" />
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
