import { Analytics, ServerView } from './server-view';

export default function Home() {
  return (
    <>
      <ServerView />
      <Analytics />
      <p>
        The analytics tag loads once <em>Performance</em> is allowed. Open the video page for an embed.
      </p>
    </>
  );
}
