import { Suspense } from 'react';
import { Analytics, ServerView } from '../server-view';

/** Stands in for a slow data fetch: the embed arrives in a streamed chunk, after the page's shell has hydrated. */
const slowData = () => new Promise((resolve) => setTimeout(resolve, 300));

/**
 * A YouTube-style embed written as marked markup by the server: no `src` until the video service is allowed, and
 * cookiegate draws its placeholder inside the iframe's own empty document, so React finds its markup unchanged when it
 * hydrates this streamed boundary.
 */
async function VideoEmbed() {
  await slowData();
  return (
    <div className="ratio">
      <iframe
        data-category="social"
        data-service="youtube"
        data-src="/embed.html"
        title="Example video"
        width="560"
        height="315"
        allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share"
        referrerPolicy="strict-origin-when-cross-origin"
        allowFullScreen
      />
    </div>
  );
}

export default function Video() {
  return (
    <>
      <ServerView />
      <Analytics />
      <section>
        <h2>Video</h2>
        <Suspense fallback={<p>Loading the video…</p>}>
          <VideoEmbed />
        </Suspense>
      </section>
    </>
  );
}
