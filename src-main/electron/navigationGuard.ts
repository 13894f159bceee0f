import type {
  Event,
  HandlerDetails,
  WebContents,
  WebContentsWillFrameNavigateEventParams,
  WebContentsWillNavigateEventParams,
  WebContentsWillRedirectEventParams,
} from 'electron';
import { externalUrl, isSameOrigin } from './appUrl';

/** The part of WebContents the guard uses (a test passes a small fake). */
export type GuardedContents = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

const guarded = new WeakSet<object>();

/**
 * The window only ever shows the app. Links to the web leave for the OS browser (http and https
 * only); every other navigation, redirect, frame navigation, new window or <webview> is refused.
 * Idempotent: the main window and the app-wide 'web-contents-created' hook may both call it.
 */
export function guardNavigation(contents: GuardedContents, appOrigin: string, openExternal: (url: string) => void): void {
  if (guarded.has(contents)) return;
  guarded.add(contents);
  const leave = (url: string) => {
    const external = externalUrl(url);
    if (external) openExternal(external);
  };
  contents.setWindowOpenHandler(({ url }: HandlerDetails) => {
    leave(url);
    return { action: 'deny' };
  });
  // The URL is read from the event (the positional url argument is deprecated in Electron).
  contents.on('will-navigate', (event: Event<WebContentsWillNavigateEventParams>) => {
    if (isSameOrigin(event.url, appOrigin)) return;
    event.preventDefault();
    leave(event.url);
  });
  // Subframes (there are none; an injected <iframe> would be one) may not leave the app either.
  contents.on('will-frame-navigate', (event: Event<WebContentsWillFrameNavigateEventParams>) => {
    if (!isSameOrigin(event.url, appOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event: Event<WebContentsWillRedirectEventParams>) => {
    if (!isSameOrigin(event.url, appOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event: Event) => event.preventDefault());
}

/**
 * Guards every web contents the app ever creates (a devtools window, anything added later), not
 * only the main window. Called once in main.ts before the first window opens.
 */
export function guardEveryWebContents(
  app: { on(event: 'web-contents-created', listener: (event: Event, contents: WebContents) => void): unknown },
  appOrigin: string,
  openExternal: (url: string) => void,
): void {
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, appOrigin, openExternal));
}
