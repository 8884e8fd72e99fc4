'use client';
import { useRouter } from 'next/navigation';
import { useRefreshOnChoice } from 'cookiegate/react';

/**
 * After every choice (`consent`, `change`), renders the server components again for the new cookie: the current
 * route's, and the prefetched routes' that the client cache still holds with the old choice.
 */
export function RefreshOnChoice() {
  useRefreshOnChoice(useRouter().refresh);
  return null;
}
