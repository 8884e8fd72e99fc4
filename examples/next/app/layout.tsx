import type { ReactNode } from 'react';
import Link from 'next/link';
import { CookieGate } from 'cookiegate/react';
import config from '../cookiegate.json';
import { requestConsent } from './consent';
import { RefreshOnChoice } from './refresh-on-choice';
import { SettingsButtons } from './settings-buttons';
import './globals.css';

export const metadata = { title: 'cookiegate + Next.js' };

/**
 * The root layout, a server component: it reads the choice from the request and hands it to <CookieGate> (a client
 * component), so the browser's first render uses what the server rendered with. <CookieGate> calls `init` once, in an
 * effect, after hydration: the banner, the activation of marked elements and the placeholders start from there.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const consent = await requestConsent();
  return (
    <html lang="en">
      <body>
        <CookieGate config={config} consent={consent}>
          <RefreshOnChoice />
          <main>
            <h1>cookiegate + Next.js</h1>
            <nav>
              <Link href="/">Home</Link> · <Link href="/video">Video</Link>
            </nav>
            {children}
            <SettingsButtons />
          </main>
        </CookieGate>
      </body>
    </html>
  );
}
