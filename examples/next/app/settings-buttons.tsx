'use client';
import { reset, showPreferences } from 'cookiegate';
import { useConsent } from 'cookiegate/react';

/** The live choice (the server's snapshot while hydrating) and the buttons to change or forget it. */
export function SettingsButtons() {
  const consent = useConsent();
  return (
    <>
      <p id="status">{consent ? `Allowed: ${consent.categories.join(', ')}` : 'No choice yet: nothing optional runs.'}</p>
      <p>
        <button type="button" onClick={() => showPreferences()}>
          Change cookie settings
        </button>{' '}
        <button type="button" onClick={() => reset()}>
          Forget my choice
        </button>
      </p>
    </>
  );
}
