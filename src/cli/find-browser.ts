/**
 * Which browser to drive: `--browser PATH`, else `CHROME_PATH`, else the usual install paths of Chrome, Chromium
 * and Edge on Linux, macOS and Windows. The audit never downloads a browser.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where Chrome, Chromium and Edge install themselves, most likely first. */
export function usualBrowserPaths(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
    return [...apps.map((app) => '/Applications/' + app), ...(env.HOME ? apps.map((app) => join(env.HOME!, 'Applications', app)) : [])];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => !!root);
    const apps = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];
    return roots.flatMap((root) => apps.map((app) => root + '\\' + app));
  }
  return [
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/opt/google/chrome/chrome',
  ];
}

/** The browser to launch, or why there is none. */
export function findBrowser(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): { path: string } | { error: string } {
  if (flag) return existsSync(flag) ? { path: flag } : { error: `--browser: no file at ${flag}` };
  if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? { path: env.CHROME_PATH } : { error: `CHROME_PATH: no file at ${env.CHROME_PATH}` };
  const found = usualBrowserPaths(process.platform, env).find((path) => existsSync(path));
  return found ? { path: found } : { error: 'no Chrome, Chromium or Edge found in the usual places; install one, or pass --browser PATH (or set CHROME_PATH)' };
}
